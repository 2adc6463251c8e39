package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One criterion of an assessment criteria set (评估要点), e.g. 申报必要性 worth 20 points.
 *
 * @param code      a stable code (upper case letters, digits, underscores; 2 to 30 characters), e.g. NECESSITY
 * @param label     the name people read, e.g. 申报必要性
 * @param maxPoints the most points the criterion gives: more than 0, at most 100, two decimals at most
 */
public record AssessmentCriterion(String code, String label, BigDecimal maxPoints) {

    public static final int LABEL_MAX_LENGTH = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    public AssessmentCriterion {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("code", "ASSESSMENT_CRITERION_CODE_MALFORMED", Map.of("value", String.valueOf(code)));
        }
        label = Texts.required("label", label, LABEL_MAX_LENGTH);
        Objects.requireNonNull(maxPoints, "maxPoints");
        if (maxPoints.stripTrailingZeros().scale() > 2 || maxPoints.signum() <= 0 || maxPoints.compareTo(AssessmentCriteriaSet.TOTAL_POINTS) > 0) {
            throw new InvalidValueException("maxPoints", "ASSESSMENT_CRITERION_MAX_POINTS_INVALID",
                    Map.of("code", code, "maxPoints", DecimalRule.shown(maxPoints)));
        }
        maxPoints = maxPoints.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static AssessmentCriterion of(String code, String label, int maxPoints) {
        return new AssessmentCriterion(code, label, BigDecimal.valueOf(maxPoints));
    }
}
