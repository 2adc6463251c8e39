package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.ProjectContinuity;
import cn.gov.daxiang.perf.domain.allocation.Treatment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The confirmed allocation decision of the project's last evaluation (结果应用), found by {@link ProjectContinuity}
 * among the decisions of the project's fiscal year (its budget year): 取消安排 blocks; 减少资金或整合项目 caps the
 * arrangement at the decision's adjusted amount; any other treatment passes. Without a confirmed decision it passes
 * with READINESS_ALLOCATION_NO_CONFIRMED_DECISION (the project was not evaluated, or finance has not confirmed yet).
 */
public final class AllocationDecisionCheck implements ReadinessCheck {

    public static final String CODE = "READINESS_ALLOCATION_DECISION";
    public static final String NO_CONFIRMED_DECISION = "READINESS_ALLOCATION_NO_CONFIRMED_DECISION";
    public static final String CANCELLED = "READINESS_ALLOCATION_CANCELLED";
    public static final String EXCEEDS_CAP = "READINESS_ALLOCATION_EXCEEDS_REDUCED_AMOUNT";
    public static final String WITHIN_CAP = "READINESS_ALLOCATION_WITHIN_REDUCED_AMOUNT";
    public static final String REDUCED_NOT_ARRANGED = "READINESS_ALLOCATION_REDUCED_NOT_ARRANGED";
    public static final String SUPPORTED = "READINESS_ALLOCATION_SUPPORTED";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public ReadinessCheckResult check(ProjectReadinessFacts facts) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("projectCode", facts.project().getCode().value());
        arguments.put("budgetYear", facts.project().getFiscalYear().value());
        Optional<AllocationDecision> found = ProjectContinuity.confirmedFor(facts.project(), facts.allocationDecisions());
        if (found.isEmpty()) {
            return ReadinessCheckResult.pass(CODE, NO_CONFIRMED_DECISION, arguments);
        }
        AllocationDecision decision = found.get();
        arguments.put("decisionId", decision.getId().toString());
        arguments.put("treatment", decision.getTreatment().name());
        arguments.put("evaluatedProjectCode", decision.getObject().projectCode().value());
        if (decision.getTreatment() == Treatment.CANCEL) {
            return ReadinessCheckResult.fail(CODE, CANCELLED, arguments);
        }
        if (decision.getTreatment() != Treatment.REDUCE_OR_MERGE) {
            return ReadinessCheckResult.pass(CODE, SUPPORTED, arguments);
        }
        arguments.put("adjustedAmount", decision.getAdjustedAmount().toString());
        if (facts.arrangement() == null) {
            return ReadinessCheckResult.pass(CODE, REDUCED_NOT_ARRANGED, arguments);
        }
        arguments.put("arrangedAmount", facts.arrangement().getAmount().toString());
        if (facts.arrangement().getAmount().isGreaterThan(decision.getAdjustedAmount())) {
            return ReadinessCheckResult.fail(CODE, EXCEEDS_CAP, arguments);
        }
        return ReadinessCheckResult.pass(CODE, WITHIN_CAP, arguments);
    }
}
