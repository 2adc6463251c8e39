package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * The points one criterion was given, with the reviewer's comment (评估意见). The range (0 to the criterion's
 * maximum) is checked by the assessment, which knows the criterion.
 */
public record CriterionScore(String code, BigDecimal points, String comment) {

    public static final int COMMENT_MAX_LENGTH = 1000;

    public CriterionScore {
        Objects.requireNonNull(code, "code");
        if (points == null) {
            throw new InvalidValueException("points", "REQUEST_FIELD_REQUIRED", Map.of("field", "points"));
        }
        if (points.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("points", "SCORE_TOO_PRECISE", Map.of("value", DecimalRule.shown(points)));
        }
        if (points.signum() < 0 || points.compareTo(Score.MAX) > 0) {
            // No criterion is worth more than the whole scale; refused before any rescaling (1e999999999 cannot be rescaled).
            throw new InvalidValueException("points", "SCORE_OUT_OF_RANGE", Map.of("value", DecimalRule.shown(points), "max", Score.MAX));
        }
        points = points.setScale(2, RoundingMode.UNNECESSARY);
        comment = Texts.required("comment", comment, COMMENT_MAX_LENGTH);
    }

    public static CriterionScore of(String code, String points, String comment) {
        return new CriterionScore(code, new BigDecimal(points), comment);
    }
}
