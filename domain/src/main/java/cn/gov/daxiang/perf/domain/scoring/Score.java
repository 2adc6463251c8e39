package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * A score on the hundred-point scale (百分制) with exactly two decimals. A score handed in with more
 * decimals is refused, not rounded: rounding happens only where a rule says so, through
 * {@link #roundedHalfUp(BigDecimal)}.
 */
public record Score(BigDecimal value) implements Comparable<Score> {

    public static final BigDecimal MAX = BigDecimal.valueOf(100);
    public static final Score ZERO = new Score(BigDecimal.ZERO);
    public static final Score FULL = new Score(MAX);

    public Score {
        Objects.requireNonNull(value, "value");
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("SCORE_TOO_PRECISE", Map.of("value", DecimalRule.shown(value)));
        }
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new InvalidValueException("SCORE_OUT_OF_RANGE", Map.of("value", DecimalRule.shown(value), "max", MAX));
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Score of(String text) {
        try {
            return new Score(new BigDecimal(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("SCORE_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    public static Score of(BigDecimal value) {
        return new Score(value);
    }

    /** The documented rounding point of every computed score: two decimals, HALF_UP. */
    public static Score roundedHalfUp(BigDecimal exact) {
        return new Score(exact.setScale(2, RoundingMode.HALF_UP));
    }

    public Score plus(Score other) {
        return new Score(value.add(other.value));
    }

    public boolean isAtLeast(BigDecimal bound) {
        return value.compareTo(bound) >= 0;
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
