package cn.gov.daxiang.perf.domain.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * A non-negative percentage with exactly two decimals, as forms show rates (执行率 87.50 %, 序时进度
 * 75.00 %). It may exceed 100: units do execute more than their budget.
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    public static final Percentage HUNDRED = new Percentage(BigDecimal.valueOf(100));

    public Percentage {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new InvalidValueException("PERCENTAGE_NEGATIVE", Map.of("value", DecimalRule.shown(value)));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("PERCENTAGE_TOO_PRECISE", Map.of("value", DecimalRule.shown(value)));
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Percentage of(String text) {
        try {
            return new Percentage(new BigDecimal(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("PERCENTAGE_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    /**
     * {@code part / whole} as a percentage, rounded HALF_UP to two decimals: the one rounding point of
     * every displayed rate. {@code whole} must be positive; a rate of nothing is undefined, and callers
     * decide what that means in their rule.
     */
    public static Percentage ofRatio(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            throw new IllegalArgumentException("a percentage of " + whole + " is undefined");
        }
        BigDecimal exact = part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL128);
        return new Percentage(exact.setScale(2, RoundingMode.HALF_UP));
    }

    public static Percentage ofRatio(Money part, Money whole) {
        return ofRatio(part.amount(), whole.amount());
    }

    /** How many percentage points this lies above {@code other} (negative when below). */
    public BigDecimal pointsAbove(Percentage other) {
        return value.subtract(other.value);
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
