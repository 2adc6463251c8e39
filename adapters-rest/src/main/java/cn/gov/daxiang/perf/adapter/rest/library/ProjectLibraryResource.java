package cn.gov.daxiang.perf.adapter.rest.library;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.application.port.in.library.EnterProjectLibraryUseCase;
import cn.gov.daxiang.perf.application.port.in.library.LibraryStatusQuery;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The project library (入库): finance enters a ready project; anyone who sees the project reads its status. */
@Path("/api/v1/projects/{projectCode}/library-entry")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project library", description = "入库: refused with every failing readiness check listed")
public class ProjectLibraryResource {

    private final EnterProjectLibraryUseCase enter;
    private final LibraryStatusQuery status;
    private final RequestActor requestActor;

    @Inject
    public ProjectLibraryResource(EnterProjectLibraryUseCase enter, LibraryStatusQuery status, RequestActor requestActor) {
        this.enter = enter;
        this.status = status;
        this.requestActor = requestActor;
    }

    @POST
    @Operation(operationId = "enterProjectLibrary", summary = "Enter the project into the library (入库)",
            description = "Finance only. Runs the standard readiness: 422 PROJECT_NOT_READY with parameters.failures (every failing check"
                    + " with its code, reason and arguments) unless every check passes; 409 PROJECT_ALREADY_IN_LIBRARY when it entered before.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    @APIResponse(responseCode = "201", description = "Entered; Location is the entry",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = LibraryStatusResponse.class)))
    public RestResponse<LibraryStatusResponse> enter(@Parameter(schema = @Schema(type = SchemaType.STRING, example = "43050325T000000000101"))
                                                     @PathParam("projectCode") @NotNull ProjectCode projectCode, @Context UriInfo uri) {
        LibraryEntry entry = enter.enterLibrary(requestActor.actor(), projectCode);
        return ResponseBuilder.<LibraryStatusResponse>created(uri.getAbsolutePath()).entity(LibraryStatusResponse.full(entry)).build();
    }

    @GET
    @Operation(operationId = "getProjectLibraryEntry", summary = "The project's library status: NOT_ENTERED, or IN_LIBRARY with the date, who entered it and the checks it passed")
    public LibraryStatusResponse find(@Parameter(schema = @Schema(type = SchemaType.STRING, example = "43050325T000000000101"))
                                      @PathParam("projectCode") @NotNull ProjectCode projectCode) {
        return LibraryStatusResponse.full(status.libraryEntry(requestActor.actor(), projectCode).orElse(null));
    }
}
