package cn.gov.daxiang.perf.adapter.rest.allocation;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionView;
import cn.gov.daxiang.perf.application.port.in.allocation.DecideAllocationUseCase;
import cn.gov.daxiang.perf.application.port.in.allocation.FindAllocationDecisionsQuery;
import cn.gov.daxiang.perf.application.port.in.allocation.ProposeAllocationDecisionsUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionState;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

    /** Another treatment or adjustment for a decision, with finance's reason (required by the domain: 422 without). */
    @Schema(name = "AllocationOverrideRequest", requiredProperties = {"treatment", "adjustmentPercent"})
    public record OverrideRequest(
            @NotNull @Schema(description = "KEY_SUPPORT, PRIORITY, REDUCE_OR_MERGE or CANCEL; the label is taken too", example = "REDUCE_OR_MERGE")
            Treatment treatment,
            @NotNull @Schema(type = SchemaType.NUMBER, description = "Change of next year's amount in percent, −100 to 100", example = "-10")
            Adjustment adjustmentPercent,
            @Size(max = AllocationDecision.REASON_MAX_LENGTH) @Schema(description = "Why finance departs from the proposal", example = "项目绩效中等，压减10%")
            String reason) {
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
    @Operation(operationId = "proposeAllocationDecisions",
            summary = "Propose a decision for every evaluated project and unit overall of the budget year (finance)",
            description = "From the self-evaluations of fiscal year Y−2 completed and the key evaluations of plan year Y−1 accepted, under the policy in force. "
                    + "Objects that already have a proposed or confirmed decision are left alone, so proposing again adds only what is new. "
                    + "201 with the decisions proposed now.")
    @APIResponse(responseCode = "201", description = "Proposed; Location lists the budget year's decisions",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AllocationResponses.ProposalsResponse.class)))
    public RestResponse<AllocationResponses.ProposalsResponse> propose(
            @Parameter(description = "The budget year Y", required = true, schema = @Schema(type = SchemaType.INTEGER, example = "2025"))
            @QueryParam("budgetYear") @NotNull FiscalYear budgetYear, @Context UriInfo uri) {
        Actor actor = requestActor.actor();
        ProposeAllocationDecisionsUseCase.Proposals proposals = propose.proposeAllocationDecisions(actor, budgetYear);
        return ResponseBuilder.<AllocationResponses.ProposalsResponse>created(uri.getBaseUriBuilder().path("/api/v1/allocation-decisions")
                        .queryParam("budgetYear", budgetYear.value()).build())
                .entity(new AllocationResponses.ProposalsResponse(budgetYear.value(), proposals.created().size(), proposals.existing(),
                        proposals.created().stream().map(v -> AllocationResponses.decision(actor, v)).toList())).build();
    }

    @GET
    @Operation(operationId = "listAllocationDecisions", summary = "The decisions the caller may see, by unit and object")
    public AllocationResponses.DecisionListResponse list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, example = "2025")) @QueryParam("budgetYear") FiscalYear budgetYear,
            @Parameter(description = "KEY_SUPPORT, PRIORITY, REDUCE_OR_MERGE or CANCEL, or the label (重点支持 …)") @QueryParam("treatment") Treatment treatment,
            @Parameter(schema = @Schema(type = SchemaType.STRING, example = "101001")) @QueryParam("unitCode") UnitCode unitCode,
            @Parameter(description = "PROPOSED, CONFIRMED or SUPERSEDED, or the label (建议, 已确认, 已替代)") @QueryParam("state") AllocationDecisionState state) {
        Actor actor = requestActor.actor();
        List<AllocationResponses.DecisionResponse> items = find.listAllocationDecisions(actor,
                        new AllocationDecisionCriteria(budgetYear, treatment, unitCode, state)).stream()
                .map(v -> AllocationResponses.decision(actor, v)).toList();
        return new AllocationResponses.DecisionListResponse(items.size(), items);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAllocationDecision", summary = "One decision")
    public RestResponse<AllocationResponses.DecisionResponse> find(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull AllocationDecisionId id) {
        return ok(find.findAllocationDecision(requestActor.actor(), id));
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "confirmAllocationDecision", summary = "Confirm a proposed decision as it stands (finance); reported to the province",
            description = "Requires If-Match.")
    public RestResponse<AllocationResponses.DecisionResponse> confirm(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull AllocationDecisionId id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long revision = Revisions.fromIfMatch(ifMatch, AllocationDecision.AUDIT_TYPE, id.toString());
        return ok(decide.confirmAllocationDecision(requestActor.actor(), id, revision));
    }

    @POST
    @Path("/{id}/override")
    @Operation(operationId = "overrideAllocationDecision",
            summary = "Override a decision with another treatment or adjustment and a reason (finance)",
            description = "A proposed decision is confirmed overridden (200). A confirmed decision is never edited: a new decision supersedes it "
                    + "and is answered (201 with its Location); the old one stays, SUPERSEDED, pointing to it. Without a reason 422. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The proposed decision, confirmed overridden",
            content = @Content(schema = @Schema(implementation = AllocationResponses.DecisionResponse.class)))
    @APIResponse(responseCode = "201", description = "A new decision superseding the confirmed one; Location names it",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AllocationResponses.DecisionResponse.class)))
    public RestResponse<AllocationResponses.DecisionResponse> override(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull AllocationDecisionId id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OverrideRequest body, @Context UriInfo uri) {
        long revision = Revisions.fromIfMatch(ifMatch, AllocationDecision.AUDIT_TYPE, id.toString());
        Actor actor = requestActor.actor();
        AllocationDecisionView view = decide.overrideAllocationDecision(actor, id, revision, body.treatment(), body.adjustmentPercent(), body.reason());
        if (view.decision().getId().equals(id)) {
            return ok(view);
        }
        return ResponseBuilder.<AllocationResponses.DecisionResponse>created(uri.getBaseUriBuilder().path("/api/v1/allocation-decisions")
                        .path(view.decision().getId().toString()).build())
                .tag(Long.toString(view.revision())).entity(AllocationResponses.decision(actor, view)).build();
    }

    private RestResponse<AllocationResponses.DecisionResponse> ok(AllocationDecisionView view) {
        return ResponseBuilder.ok(AllocationResponses.decision(requestActor.actor(), view)).tag(Long.toString(view.revision())).build();
    }
}
