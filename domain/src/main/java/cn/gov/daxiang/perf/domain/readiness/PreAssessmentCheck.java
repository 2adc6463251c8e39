package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A NEW or CONTINUATION project has a concluded ex-ante assessment that supports it (应评估未评估或评估结果不符合要求的
 * 退回); an ONGOING one needs none. The classification is the budget arrangement's, or the default for the category.
 */
public final class PreAssessmentCheck implements ReadinessCheck {

    public static final String CODE = "READINESS_PRE_ASSESSMENT";
    public static final String NOT_REQUIRED = "READINESS_PRE_ASSESSMENT_NOT_REQUIRED";
    public static final String MISSING = "READINESS_PRE_ASSESSMENT_MISSING";
    public static final String IN_PROGRESS = "READINESS_PRE_ASSESSMENT_IN_PROGRESS";
    public static final String NOT_SUPPORTED = "READINESS_PRE_ASSESSMENT_NOT_SUPPORTED";
    public static final String SUPPORTED = "READINESS_PRE_ASSESSMENT_SUPPORTED";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public ReadinessCheckResult check(ProjectReadinessFacts facts) {
        BudgetClassification classification = facts.classification();
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("projectCode", facts.project().getCode().value());
        arguments.put("classification", classification.name());
        if (!classification.needsAssessment()) {
            return ReadinessCheckResult.pass(CODE, NOT_REQUIRED, arguments);
        }
        AssessmentStanding standing = facts.assessmentStanding();
        AssessmentStanding.Concluded concluded = standing.latestConcluded();
        if (concluded == null) {
            if (standing.open() != null) {
                arguments.put("assessmentId", standing.open().id().toString());
                arguments.put("state", standing.open().state().name());
                return ReadinessCheckResult.fail(CODE, IN_PROGRESS, arguments);
            }
            return ReadinessCheckResult.fail(CODE, MISSING, arguments);
        }
        arguments.put("assessmentId", concluded.id().toString());
        arguments.put("conclusion", concluded.conclusion().name());
        if (!concluded.supports()) {
            return ReadinessCheckResult.fail(CODE, NOT_SUPPORTED, arguments);
        }
        arguments.put("assessedAmount", concluded.assessedAmount().toString());
        return ReadinessCheckResult.pass(CODE, SUPPORTED, arguments);
    }
}
