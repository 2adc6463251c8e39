package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/** What an indicator achieved (完成值): a measured number, or a tier and percentage the evaluator chose. */
public sealed interface Achievement permits Achievement.Measured, Achievement.Judged {

    static Measured measured(BigDecimal actual) {
        return new Measured(actual);
    }

    static Judged judged(QualitativeTier tier, BigDecimal percentage) {
        return new Judged(tier, percentage);
    }

    /** The actual value of a quantitative indicator, never negative (as its target), a {@link DecimalRule#QUANTITY}. */
    record Measured(BigDecimal actual) implements Achievement {
        public Measured {
            Objects.requireNonNull(actual, "actual");
            if (actual.signum() < 0) {
                throw new InvalidValueException("actual", "ACHIEVEMENT_VALUE_NEGATIVE", Map.of("value", DecimalRule.shown(actual)));
            }
            actual = DecimalRule.QUANTITY.check("actual", actual);
        }
    }

    /**
     * A qualitative indicator's tier and the percentage of its weight the evaluator gives within the
     * tier (two decimals at most); a percentage outside the tier is refused, so tier and score agree.
     */
    record Judged(QualitativeTier tier, BigDecimal percentage) implements Achievement {
        public Judged {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(percentage, "percentage");
            if (percentage.stripTrailingZeros().scale() > 2) {
                throw new InvalidValueException("percentage", "QUALITATIVE_PERCENTAGE_TOO_PRECISE",
                        Map.of("percentage", DecimalRule.shown(percentage)));
            }
            if (!tier.contains(percentage)) {
                throw new InvalidValueException("percentage", "QUALITATIVE_PERCENTAGE_OUTSIDE_TIER",
                        Map.of("tier", tier.name(), "percentage", DecimalRule.shown(percentage),
                                "from", tier.from().toPlainString(), "to", tier.to().toPlainString()));
            }
            percentage = percentage.setScale(2, RoundingMode.UNNECESSARY);
        }
    }
}
