package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.DefineSchemeRequest;
import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.ReviseSchemeRequest;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.grade.DefineGradeSchemeUseCase;
import cn.gov.daxiang.perf.application.port.in.grade.FindGradeSchemeQuery;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeDetails;
import cn.gov.daxiang.perf.application.port.in.grade.ListGradeSchemesQuery;
import cn.gov.daxiang.perf.application.port.in.grade.ReviseGradeSchemeCommand;
import cn.gov.daxiang.perf.application.port.in.grade.ReviseGradeSchemeUseCase;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Grade schemes (评价等级): ordered bands with inclusive lower bounds. Every user reads them; finance administration
 * defines new ones and revises those that have graded nothing yet (a grade always names the scheme that gave it).
 */
@Path("/api/v1/grade-schemes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grading", description = "评价等级 and 自评权重: schemes, catalogs, grading a score")
public class GradeSchemeResource {

    private final ListGradeSchemesQuery list;
    private final FindGradeSchemeQuery find;
    private final DefineGradeSchemeUseCase define;
    private final ReviseGradeSchemeUseCase revise;
    private final GradingRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public GradeSchemeResource(ListGradeSchemesQuery list, FindGradeSchemeQuery find, DefineGradeSchemeUseCase define,
                               ReviseGradeSchemeUseCase revise, GradingRestMapper mapper, RequestActor requestActor) {
        this.list = list;
        this.find = find;
        this.define = define;
        this.revise = revise;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listGradeSchemes", summary = "Every grade scheme, by id")
    public List<GradingResponses.GradeSchemeResponse> list() {
        return list.listGradeSchemes(requestActor.actor()).stream().map(mapper::toResponse).toList();
    }

    @POST
    @Operation(operationId = "defineGradeScheme", summary = "Define a new grade scheme (finance administration)")
    @APIResponse(responseCode = "201", description = "Defined; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = GradingResponses.GradeSchemeResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<GradingResponses.GradeSchemeResponse> define(@Valid @NotNull DefineSchemeRequest body, @Context UriInfo uri) {
        GradeScheme scheme = GradingRestMapper.at("bands", () -> GradeScheme.define(body.schemeId(), body.name(), mapper.bands(body.bands())));
        GradeSchemeDetails defined = define.defineGradeScheme(requestActor.actor(), scheme);
        return ResponseBuilder.<GradingResponses.GradeSchemeResponse>created(uri.getAbsolutePathBuilder().path(body.schemeId().value()).build())
                .tag(Long.toString(defined.revision())).entity(mapper.toResponse(defined)).build();
    }

    @GET
    @Path("/{schemeId}")
    @Operation(operationId = "getGradeScheme", summary = "One grade scheme")
    public RestResponse<GradingResponses.GradeSchemeResponse> find(@PathParam("schemeId") @NotNull GradeSchemeId schemeId) {
        GradeSchemeDetails details = find.findGradeScheme(requestActor.actor(), schemeId);
        return ResponseBuilder.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    @PUT
    @Path("/{schemeId}")
    @Operation(operationId = "reviseGradeScheme",
            summary = "Revise a scheme's name and bands (finance administration; refused once it has graded anything)",
            description = "Requires If-Match.")
    public RestResponse<GradingResponses.GradeSchemeResponse> revise(@PathParam("schemeId") @NotNull GradeSchemeId schemeId,
                                                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                                     @Valid @NotNull ReviseSchemeRequest body) {
        long revision = Revisions.fromIfMatch(ifMatch, GradeScheme.AUDIT_TYPE, schemeId.value());
        GradeSchemeDetails revised = revise.reviseGradeScheme(requestActor.actor(),
                new ReviseGradeSchemeCommand(schemeId, revision, body.name(), mapper.bands(body.bands())));
        return ResponseBuilder.ok(mapper.toResponse(revised)).tag(Long.toString(revised.revision())).build();
    }
}
