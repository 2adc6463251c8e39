package cn.gov.daxiang.perf.adapter.rest.allocation;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationPolicyQuery;
import cn.gov.daxiang.perf.application.port.in.allocation.PublishAllocationPolicyUseCase;
import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.AllocationRule;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocation policy (结果应用规则) as versioned data: every authenticated caller reads it; finance administration
 * publishes the next version (PUT /current with If-Match naming the version in force).
 */
@Path("/api/v1/allocation-policies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocation", description = "结果应用: allocation policies, allocation decisions, self-assessment gaps")
public class AllocationPolicyResource {

    /** Policies as data are bounded: a few evaluation types, a rule per grade or score range each. */
    static final int MAX_RULES = 100;

    /** One rule: an evaluation type and either a grade or a score range [minScore, maxScore), its treatment and adjustment. */
    @Schema(name = "AllocationRuleRequest", requiredProperties = {"evaluationType", "treatment", "adjustmentPercent"})
    public record RuleRequest(
            @NotNull @Schema(description = "SELF_EVALUATION or KEY_EVALUATION; the label is taken too", example = "SELF_EVALUATION") EvaluationType evaluationType,
            @Schema(description = "EXCELLENT, GOOD, MEDIUM, POOR or FAIL (优, 良, 中, 较差, 差); absent when a score range is given", example = "GOOD") Grade grade,
            @Schema(example = "80") BigDecimal minScore,
            @Schema(example = "90") BigDecimal maxScore,
            @NotNull @Schema(description = "KEY_SUPPORT, PRIORITY, REDUCE_OR_MERGE or CANCEL; the label is taken too", example = "PRIORITY") Treatment treatment,
            @NotNull @Schema(type = SchemaType.NUMBER, description = "Change of next year's amount in percent", example = "0") Adjustment adjustmentPercent) {
    }

    @Schema(name = "AllocationPolicyRequest", requiredProperties = {"precedence", "rules"})
    public record PolicyRequest(
            @NotNull @Size(max = 10) @Schema(description = "Which evaluation counts when an object has several, first wins", example = "[\"KEY_EVALUATION\", \"SELF_EVALUATION\"]")
            List<@NotNull EvaluationType> precedence,
            @NotNull @Size(max = MAX_RULES) List<@Valid @NotNull RuleRequest> rules) {
    }

    private final AllocationPolicyQuery query;
    private final PublishAllocationPolicyUseCase publish;
    private final RequestActor requestActor;

    @Inject
    public AllocationPolicyResource(AllocationPolicyQuery query, PublishAllocationPolicyUseCase publish, RequestActor requestActor) {
        this.query = query;
        this.publish = publish;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listAllocationPolicies", summary = "Every version of the allocation policy, oldest first")
    public List<AllocationResponses.PolicyResponse> list() {
        return query.allocationPolicies(requestActor.actor()).stream().map(AllocationResponses::policy).toList();
    }

    @GET
    @Path("/current")
    @Operation(operationId = "getCurrentAllocationPolicy",
            summary = "The version in force (default: 优 重点支持, 良 优先保障, 中/较差 减少资金或整合项目 −10 %, 差 取消安排; key over self)")
    public RestResponse<AllocationResponses.PolicyResponse> current() {
        return ok(query.currentAllocationPolicy(requestActor.actor()));
    }

    @GET
    @Path("/{version}")
    @Operation(operationId = "getAllocationPolicyVersion", summary = "One version of the allocation policy")
    public RestResponse<AllocationResponses.PolicyResponse> version(@PathParam("version") @NotNull @Min(1) Integer version) {
        return ok(query.allocationPolicy(requestActor.actor(), version));
    }

    @PUT
    @Path("/current")
    @Operation(operationId = "publishAllocationPolicy", summary = "Publish the next version of the policy (finance administration)",
            description = "If-Match names the version in force (its ETag). Every counted type maps every grade once, or covers 0–100 with score ranges without gap or overlap.")
    public RestResponse<AllocationResponses.PolicyResponse> publish(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PolicyRequest body) {
        long version = Revisions.fromIfMatch(ifMatch, AllocationPolicy.AUDIT_TYPE, "current");
        List<AllocationRule> rules = new ArrayList<>();
        for (int i = 0; i < body.rules().size(); i++) {
            RuleRequest r = body.rules().get(i);
            try {
                rules.add(new AllocationRule(r.evaluationType(), r.grade(), r.minScore(), r.maxScore(), r.treatment(), r.adjustmentPercent()));
            } catch (InvalidValueException e) {
                throw e.forField("rules[" + i + "]");   // the rule's fields contradict each other: name the rule
            }
        }
        return ok(publish.publishAllocationPolicy(requestActor.actor(), (int) Math.min(version, Integer.MAX_VALUE), body.precedence(), rules));
    }

    private static RestResponse<AllocationResponses.PolicyResponse> ok(AllocationPolicy policy) {
        return ResponseBuilder.ok(AllocationResponses.policy(policy)).tag(Integer.toString(policy.getVersion())).build();
    }
}
