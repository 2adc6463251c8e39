package cn.gov.daxiang.perf.adapter.rest.allocation;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionView;
import cn.gov.daxiang.perf.application.port.in.allocation.DecideAllocationUseCase;
import cn.gov.daxiang.perf.application.port.in.allocation.FindAllocationDecisionsQuery;
import cn.gov.daxiang.perf.application.port.in.allocation.ProposeAllocationDecisionsUseCase;
import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionState;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/**
 * Allocation decisions (结果应用决定) of a budget year: finance has them proposed from the final evaluation results,
 * confirms them, or overrides them with a reason (a confirmed one is superseded by a new decision, both kept).
 * Confirmations are reported to the province. Units read the decisions about their own objects, departments their
 * units', finance and auditors all.
 */
@Path("/api/v1/allocation-decisions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocation", description = "结果应用: allocation policies, allocation decisions, self-assessment gaps")
public class AllocationDecisionResource {

    public record OverrideRequest(String treatment, BigDecimal adjustmentPercent, String reason) {
    }

    private final ProposeAllocationDecisionsUseCase propose;
    private final DecideAllocationUseCase decide;
    private final FindAllocationDecisionsQuery find;
    private final RequestActor requestActor;

    @Inject
    public AllocationDecisionResource(ProposeAllocationDecisionsUseCase propose, DecideAllocationUseCase decide, FindAllocationDecisionsQuery find,
                                      RequestActor requestActor) {
        this.propose = propose;
        this.decide = decide;
        this.find = find;
        this.requestActor = requestActor;
    }

    @POST
    @Path("/proposals")
    @Consumes(MediaType.WILDCARD)
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    @Operation(summary = "Propose a decision for every evaluated project and unit overall of the budget year (finance)",
            description = "From the self-evaluations of fiscal year Y−2 completed and the key evaluations of plan year Y−1 accepted, under the policy in force. "
                    + "Objects that already have a proposed or confirmed decision are left alone, so proposing again adds only what is new. "
                    + "201 with the decisions proposed now.")
    public Response propose(@Parameter(description = "The budget year Y", required = true) @QueryParam("budgetYear") String budgetYear,
                            @Context UriInfo uri) {
        FiscalYear year = Params.required("budgetYear", budgetYear, FiscalYear::parse);
        ProposeAllocationDecisionsUseCase.Proposals proposals = propose.proposeAllocationDecisions(requestActor.actor(), year);
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/allocation-decisions").queryParam("budgetYear", year.value()).build())
                .entity(new AllocationResponses.ProposalsResponse(year.value(), proposals.created().size(), proposals.existing(),
                        proposals.created().stream().map(AllocationResponses::decision).toList())).build();
    }

    @GET
    @Operation(summary = "The decisions the caller may see, by unit and object")
    public AllocationResponses.DecisionListResponse list(@QueryParam("budgetYear") String budgetYear,
                                                         @Parameter(description = "KEY_SUPPORT, PRIORITY, REDUCE_OR_MERGE or CANCEL") @QueryParam("treatment") String treatment,
                                                         @QueryParam("unitCode") String unitCode,
                                                         @Parameter(description = "PROPOSED, CONFIRMED or SUPERSEDED") @QueryParam("state") String state) {
        Params params = new Params();
        AllocationDecisionCriteria criteria = new AllocationDecisionCriteria(params.optional("budgetYear", budgetYear, FiscalYear::parse),
                params.optional("treatment", treatment, t -> Fields.code("treatment", t, Treatment.class)),
                params.optional("unitCode", unitCode, UnitCode::of),
                params.optional("state", state, t -> Fields.code("state", t, AllocationDecisionState.class)));
        params.requireValid();
        List<AllocationResponses.DecisionResponse> items = find.listAllocationDecisions(requestActor.actor(), criteria).stream()
                .map(AllocationResponses::decision).toList();
        return new AllocationResponses.DecisionListResponse(items.size(), items);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One decision")
    public Response find(@PathParam("id") String id) {
        return ok(find.findAllocationDecision(requestActor.actor(), id(id)));
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "Confirm a proposed decision as it stands (finance); reported to the province")
    public Response confirm(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AllocationDecisionId decision = id(id);
        long revision = Revisions.fromIfMatch(ifMatch, AllocationDecision.AUDIT_TYPE, decision.toString());
        return ok(decide.confirmAllocationDecision(requestActor.actor(), decision, revision));
    }

    @POST
    @Path("/{id}/override")
    @Operation(summary = "Override a decision with another treatment or adjustment and a reason (finance)",
            description = "A proposed decision is confirmed overridden (200). A confirmed decision is never edited: a new decision supersedes it "
                    + "and is answered (201 with its Location); the old one stays, SUPERSEDED, pointing to it. Without a reason 422.")
    public Response override(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, OverrideRequest request,
                             @Context UriInfo uri) {
        AllocationDecisionId decision = id(id);
        long revision = Revisions.fromIfMatch(ifMatch, AllocationDecision.AUDIT_TYPE, decision.toString());
        if (request == null) {
            throw Fields.missing("body");
        }
        Treatment treatment = Fields.requiredText("treatment", request.treatment(), t -> Fields.code("treatment", t, Treatment.class));
        Adjustment adjustment = Fields.within("adjustmentPercent", () -> new Adjustment(Fields.required("adjustmentPercent", request.adjustmentPercent())));
        AllocationDecisionView view = decide.overrideAllocationDecision(requestActor.actor(), decision, revision, treatment, adjustment, request.reason());
        if (view.decision().getId().equals(decision)) {
            return ok(view);
        }
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/allocation-decisions").path(view.decision().getId().toString()).build())
                .tag(Long.toString(view.revision())).entity(AllocationResponses.decision(view)).build();
    }

    private static Response ok(AllocationDecisionView view) {
        return Response.ok(AllocationResponses.decision(view)).tag(Long.toString(view.revision())).build();
    }

    static AllocationDecisionId id(String id) {
        try {
            return AllocationDecisionId.parse(id);
        } catch (InvalidValueException e) {
            throw e.forField("id");
        }
    }
}
