package cn.gov.daxiang.perf.adapter.rest.library;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.application.port.in.library.EnterProjectLibraryUseCase;
import cn.gov.daxiang.perf.application.port.in.library.LibraryStatusQuery;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Enter the project into the library (入库)",
            description = "Finance only. Runs the standard readiness: 422 PROJECT_NOT_READY with parameters.failures (every failing check"
                    + " with its code, reason and arguments) unless every check passes; 409 PROJECT_ALREADY_IN_LIBRARY when it entered before.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response enter(@PathParam("projectCode") String projectCode, @Context UriInfo uri) {
        LibraryEntry entry = enter.enterLibrary(requestActor.actor(), Params.required("projectCode", projectCode, ProjectCode::of));
        return Response.created(uri.getAbsolutePath()).entity(LibraryStatusResponse.full(entry)).build();
    }

    @GET
    @Operation(summary = "The project's library status: NOT_ENTERED, or IN_LIBRARY with the date, who entered it and the checks it passed")
    public LibraryStatusResponse find(@PathParam("projectCode") String projectCode) {
        return LibraryStatusResponse.full(status.libraryEntry(requestActor.actor(), Params.required("projectCode", projectCode, ProjectCode::of))
                .orElse(null));
    }
}
