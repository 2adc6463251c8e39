package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The budget arranged, when finance has arranged one, is within the assessed amount of the latest concluded
 * assessment (预算安排额度一律不超过绩效评估确定的额度). Checked again here, not only when the arrangement is set,
 * because a later assessment may supersede the one the arrangement was set against.
 */
public final class ArrangementWithinAssessedAmountCheck implements ReadinessCheck {

    public static final String CODE = "READINESS_ARRANGEMENT_WITHIN_ASSESSED_AMOUNT";
    public static final String NOT_ARRANGED = "READINESS_ARRANGEMENT_NOT_SET";
    public static final String CAP_NOT_APPLICABLE = "READINESS_ARRANGEMENT_CAP_NOT_APPLICABLE";
    public static final String WITHOUT_SUPPORT = "READINESS_ARRANGEMENT_WITHOUT_SUPPORTING_ASSESSMENT";
    public static final String EXCEEDS = "READINESS_ARRANGEMENT_EXCEEDS_ASSESSED_AMOUNT";
    public static final String WITHIN = "READINESS_ARRANGEMENT_WITHIN_CAP";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public ReadinessCheckResult check(ProjectReadinessFacts facts) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("projectCode", facts.project().getCode().value());
        if (facts.arrangement() == null) {
            return ReadinessCheckResult.pass(CODE, NOT_ARRANGED, arguments);
        }
        BudgetArrangement arrangement = facts.arrangement();
        BudgetClassification classification = arrangement.getClassification();
        arguments.put("classification", classification.name());
        arguments.put("arrangedAmount", arrangement.getAmount().toString());
        if (!classification.needsAssessment()) {
            return ReadinessCheckResult.pass(CODE, CAP_NOT_APPLICABLE, arguments);
        }
        AssessmentStanding.Concluded cap = facts.assessmentStanding().supporting().orElse(null);
        if (cap == null) {
            return ReadinessCheckResult.fail(CODE, WITHOUT_SUPPORT, arguments);
        }
        arguments.put("assessmentId", cap.id().toString());
        arguments.put("assessedAmount", cap.assessedAmount().toString());
        if (arrangement.getAmount().isGreaterThan(cap.assessedAmount())) {
            return ReadinessCheckResult.fail(CODE, EXCEEDS, arguments);
        }
        return ReadinessCheckResult.pass(CODE, WITHIN, arguments);
    }
}
