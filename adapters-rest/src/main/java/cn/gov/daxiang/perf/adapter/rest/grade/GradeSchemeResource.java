package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.DefineSchemeRequest;
import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.ReviseSchemeRequest;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.grade.DefineGradeSchemeUseCase;
import cn.gov.daxiang.perf.application.port.in.grade.FindGradeSchemeQuery;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeDetails;
import cn.gov.daxiang.perf.application.port.in.grade.ListGradeSchemesQuery;
import cn.gov.daxiang.perf.application.port.in.grade.ReviseGradeSchemeCommand;
import cn.gov.daxiang.perf.application.port.in.grade.ReviseGradeSchemeUseCase;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;
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
    @Operation(summary = "Every grade scheme, by id")
    public List<GradingResponses.GradeSchemeResponse> list() {
        return list.listGradeSchemes(requestActor.actor()).stream().map(mapper::toResponse).toList();
    }

    @POST
    @Operation(summary = "Define a new grade scheme (finance administration)")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response define(DefineSchemeRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw Fields.missing("body");
        }
        GradeSchemeId id = Fields.requiredText("schemeId", request.schemeId(), GradeSchemeId::of);
        GradeScheme scheme = Fields.within("bands", () -> GradeScheme.define(id, request.name(), mapper.bands(request.bands())));
        GradeSchemeDetails defined = define.defineGradeScheme(requestActor.actor(), scheme);
        return Response.created(uri.getAbsolutePathBuilder().path(id.value()).build()).tag(Long.toString(defined.revision()))
                .entity(mapper.toResponse(defined)).build();
    }

    @GET
    @Path("/{schemeId}")
    @Operation(summary = "One grade scheme")
    public Response find(@PathParam("schemeId") String schemeId) {
        GradeSchemeDetails details = find.findGradeScheme(requestActor.actor(), schemeId(schemeId));
        return Response.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    @PUT
    @Path("/{schemeId}")
    @Operation(summary = "Revise a scheme's name and bands (finance administration; refused once it has graded anything)",
            description = "Requires If-Match.")
    public Response revise(@PathParam("schemeId") String schemeId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviseSchemeRequest request) {
        GradeSchemeId id = schemeId(schemeId);
        long revision = Revisions.fromIfMatch(ifMatch, GradeScheme.AUDIT_TYPE, id.value());
        if (request == null) {
            throw Fields.missing("body");
        }
        GradeSchemeDetails revised = revise.reviseGradeScheme(requestActor.actor(),
                new ReviseGradeSchemeCommand(id, revision, request.name(), mapper.bands(request.bands())));
        return Response.ok(mapper.toResponse(revised)).tag(Long.toString(revised.revision())).build();
    }

    private static GradeSchemeId schemeId(String text) {
        try {
            return GradeSchemeId.of(text);
        } catch (InvalidValueException e) {
            throw e.forField("schemeId");
        }
    }
}
