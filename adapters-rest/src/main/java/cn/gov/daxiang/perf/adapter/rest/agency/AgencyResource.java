package cn.gov.daxiang.perf.adapter.rest.agency;

import cn.gov.daxiang.perf.adapter.rest.agency.AgencyRequests.EvaluatorRequest;
import cn.gov.daxiang.perf.adapter.rest.agency.AgencyRequests.RegisterAgencyRequest;
import cn.gov.daxiang.perf.adapter.rest.agency.AgencyRequests.ReviseAgencyRequest;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.request.DomainRefusals;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.agency.AgencyView;
import cn.gov.daxiang.perf.application.port.in.agency.AppointEvaluatorCommand;
import cn.gov.daxiang.perf.application.port.in.agency.FindAgenciesQuery;
import cn.gov.daxiang.perf.application.port.in.agency.ManageAgencyRosterUseCase;
import cn.gov.daxiang.perf.application.port.in.agency.RegisterAgencyCommand;
import cn.gov.daxiang.perf.application.port.in.agency.RegisterAgencyUseCase;
import cn.gov.daxiang.perf.application.port.in.agency.RemoveEvaluatorCommand;
import cn.gov.daxiang.perf.application.port.in.agency.ReviseAgencyCommand;
import cn.gov.daxiang.perf.application.port.in.agency.ReviseAgencyUseCase;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.Agency;
import cn.gov.daxiang.perf.domain.agency.AgencyDetails;
import cn.gov.daxiang.perf.domain.agency.AgencyEvaluator;
import cn.gov.daxiang.perf.domain.agency.CreditCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The agency register (第三方机构) and each agency's evaluator roster. Finance administration manages it; finance
 * reviewers and auditors read it; an evaluator reads its own agency; units and departments have no access (403).
 */
@Path("/api/v1/agencies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "第三方机构 and their evaluators")
public class AgencyResource {

    private final RegisterAgencyUseCase register;
    private final ReviseAgencyUseCase revise;
    private final ManageAgencyRosterUseCase roster;
    private final FindAgenciesQuery find;
    private final AgencyRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public AgencyResource(RegisterAgencyUseCase register, ReviseAgencyUseCase revise, ManageAgencyRosterUseCase roster, FindAgenciesQuery find,
                          AgencyRestMapper mapper, RequestActor requestActor) {
        this.register = register;
        this.revise = revise;
        this.roster = roster;
        this.find = find;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listAgencies", summary = "Every agency the caller may see, by id (finance and auditors: all; an evaluator: its own)")
    public List<AgencyResponse> list() {
        return find.listAgencies(requestActor.actor()).stream().map(mapper::toResponse).toList();
    }

    @POST
    @Operation(operationId = "registerAgency", summary = "Register an agency with its first evaluators (finance administration)")
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AgencyResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<AgencyResponse> register(@Valid @NotNull RegisterAgencyRequest body, @Context UriInfo uri) {
        AgencyId id = agencyId(body.agencyId());
        AgencyDetails details = details(body.name(), body.creditCode(), body.contact(), body.active());
        List<AgencyEvaluator> evaluators = new ArrayList<>();
        List<EvaluatorRequest> given = body.evaluators() == null ? List.of() : body.evaluators();
        for (int i = 0; i < given.size(); i++) {
            evaluators.add(evaluator("evaluators[" + i + "]", given.get(i)));
        }
        AgencyView registered = register.registerAgency(requestActor.actor(), new RegisterAgencyCommand(id, details, evaluators));
        return ResponseBuilder.<AgencyResponse>created(uri.getAbsolutePathBuilder().path(id.value()).build())
                .tag(Long.toString(registered.revision())).entity(mapper.toResponse(registered)).build();
    }

    @GET
    @Path("/{agencyId}")
    @Operation(operationId = "getAgency", summary = "One agency with its roster")
    public RestResponse<AgencyResponse> find(@Parameter(example = "ZHENRUI") @PathParam("agencyId") String agencyId) {
        return ok(find.findAgency(requestActor.actor(), agencyId(agencyId)));
    }

    @PUT
    @Path("/{agencyId}")
    @Operation(operationId = "reviseAgency", summary = "Change an agency's name, credit code, contact or active flag (finance administration)",
            description = "Requires If-Match.")
    public RestResponse<AgencyResponse> revise(@PathParam("agencyId") String agencyId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                               @Valid @NotNull ReviseAgencyRequest body) {
        AgencyId id = agencyId(agencyId);
        long revision = Revisions.fromIfMatch(ifMatch, Agency.AUDIT_TYPE, id.value());
        return ok(revise.reviseAgency(requestActor.actor(), new ReviseAgencyCommand(id, revision,
                details(body.name(), body.creditCode(), body.contact(), body.active()))));
    }

    @POST
    @Path("/{agencyId}/evaluators")
    @Operation(operationId = "appointAgencyEvaluator", summary = "Put an evaluator on the agency's roster (finance administration)",
            description = "Requires If-Match.")
    public RestResponse<AgencyResponse> appoint(@PathParam("agencyId") String agencyId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                @Valid @NotNull EvaluatorRequest body) {
        AgencyId id = agencyId(agencyId);
        long revision = Revisions.fromIfMatch(ifMatch, Agency.AUDIT_TYPE, id.value());
        return ok(roster.appointEvaluator(requestActor.actor(), new AppointEvaluatorCommand(id, revision, evaluator("body", body))));
    }

    @POST
    @Path("/{agencyId}/evaluators/{userId}/remove")
    @Operation(operationId = "removeAgencyEvaluator", summary = "Take an evaluator off the agency's roster (finance administration)",
            description = "Requires If-Match.")
    public RestResponse<AgencyResponse> remove(@PathParam("agencyId") String agencyId, @PathParam("userId") @Size(max = ActorId.MAX_LENGTH) String userId,
                                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AgencyId id = agencyId(agencyId);
        ActorId user = DomainRefusals.at("userId", () -> ActorId.of(userId));
        long revision = Revisions.fromIfMatch(ifMatch, Agency.AUDIT_TYPE, id.value());
        return ok(roster.removeEvaluator(requestActor.actor(), new RemoveEvaluatorCommand(id, revision, user)));
    }

    private RestResponse<AgencyResponse> ok(AgencyView view) {
        return ResponseBuilder.ok(mapper.toResponse(view)).tag(Long.toString(view.revision())).build();
    }

    private static AgencyDetails details(String name, String creditCode, String contact, Boolean active) {
        CreditCode code = DomainRefusals.at("creditCode", () -> CreditCode.parseOptional(creditCode));
        return new AgencyDetails(name, code, contact, active == null || active);
    }

    private static AgencyEvaluator evaluator(String path, EvaluatorRequest given) {
        return DomainRefusals.at(path, () -> new AgencyEvaluator(DomainRefusals.at(path + ".userId", () -> ActorId.of(given.userId())), given.name()));
    }

    static AgencyId agencyId(String text) {
        return DomainRefusals.at("agencyId", () -> new AgencyId(text));
    }
}
