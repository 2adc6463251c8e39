package cn.gov.daxiang.perf.adapter.rest.allocation;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    public record RuleRequest(String evaluationType, String grade, BigDecimal minScore, BigDecimal maxScore, String treatment,
                              BigDecimal adjustmentPercent) {
    }

    public record PolicyRequest(List<String> precedence, List<RuleRequest> rules) {
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
    @Operation(summary = "Every version of the allocation policy, oldest first")
    public List<AllocationResponses.PolicyResponse> list() {
        return query.allocationPolicies(requestActor.actor()).stream().map(AllocationResponses::policy).toList();
    }

    @GET
    @Path("/current")
    @Operation(summary = "The version in force (default: 优 重点支持, 良 优先保障, 中/较差 减少资金或整合项目 −10 %, 差 取消安排; key over self)")
    public Response current() {
        return ok(query.currentAllocationPolicy(requestActor.actor()));
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One version of the allocation policy")
    public Response version(@PathParam("version") String version) {
        int number = Params.required("version", version, AllocationPolicyResource::versionNumber);
        return ok(query.allocationPolicy(requestActor.actor(), number));
    }

    @PUT
    @Path("/current")
    @Operation(summary = "Publish the next version of the policy (finance administration)",
            description = "If-Match names the version in force (its ETag). Every counted type maps every grade once, or covers 0–100 with score ranges without gap or overlap.")
    public Response publish(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PolicyRequest request) {
        long version = Revisions.fromIfMatch(ifMatch, AllocationPolicy.AUDIT_TYPE, "current");
        if (request == null) {
            throw Fields.missing("body");
        }
        List<EvaluationType> precedence = new ArrayList<>();
        List<String> givenTypes = request.precedence() == null ? List.of() : request.precedence();
        for (int i = 0; i < givenTypes.size(); i++) {
            String at = "precedence[" + i + "]";
            precedence.add(Fields.requiredText(at, givenTypes.get(i), t -> Fields.code(at, t, EvaluationType.class)));
        }
        List<AllocationRule> rules = new ArrayList<>();
        List<RuleRequest> given = request.rules() == null ? List.of() : request.rules();
        for (int i = 0; i < given.size(); i++) {
            String at = "rules[" + i + "]";
            RuleRequest r = Fields.required(at, given.get(i));
            EvaluationType type = Fields.requiredText(at + ".evaluationType", r.evaluationType(), t -> Fields.code(at + ".evaluationType", t, EvaluationType.class));
            Grade grade = Fields.optionalText(at + ".grade", r.grade(), t -> Fields.code(at + ".grade", t, Grade.class));
            Treatment treatment = Fields.requiredText(at + ".treatment", r.treatment(), t -> Fields.code(at + ".treatment", t, Treatment.class));
            Adjustment adjustment = Fields.within(at + ".adjustmentPercent", () -> new Adjustment(Fields.required(at + ".adjustmentPercent", r.adjustmentPercent())));
            rules.add(Fields.within(at, () -> new AllocationRule(type, grade, r.minScore(), r.maxScore(), treatment, adjustment)));
        }
        return ok(publish.publishAllocationPolicy(requestActor.actor(), (int) Math.min(version, Integer.MAX_VALUE), precedence, rules));
    }

    private static int versionNumber(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("version", "PARAMETER_MALFORMED", Map.of("parameter", "version", "value", String.valueOf(text),
                    "expected", "integer"));
        }
    }

    private static Response ok(AllocationPolicy policy) {
        return Response.ok(AllocationResponses.policy(policy)).tag(Integer.toString(policy.getVersion())).build();
    }
}
