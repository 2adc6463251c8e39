package cn.gov.daxiang.perf.domain.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much of a decimal number the model keeps: at most {@code maxDecimals} decimals, between {@code min} and
 * {@code max} inclusive. Each rule is chosen so that every value it accepts is stored exactly (its column is at
 * least as wide), because nothing is rounded silently: a value with more decimals or out of range is refused,
 * naming the field, the allowed decimals and the range, never cut to fit.
 *
 * @param maxDecimals how many decimals a value may have (trailing zeros do not count: 12.50 has one)
 */
public record DecimalRule(BigDecimal min, BigDecimal max, int maxDecimals) {

    /**
     * A quantity an indicator states or reports (指标值, 完成值, 预计完成值): not negative, at most six decimals,
     * below 10^18 (a NUMERIC(24,6) column holds eighteen integer digits and six decimals).
     */
    public static final DecimalRule QUANTITY = new DecimalRule(BigDecimal.ZERO, new BigDecimal("999999999999999999.999999"), 6);

    /**
     * An indicator's target as a goal declares it: {@link #QUANTITY}'s size and decimals with either sign, as goals have
     * always been accepted (a negative target is refused where the goal is monitored or evaluated, not here, so
     * that stored goals still load).
     */
    public static final DecimalRule SIGNED_QUANTITY = new DecimalRule(QUANTITY.max().negate(), QUANTITY.max(), 6);

    /**
     * Percentage points (预警线, 偏离的百分点): 0 to 100 with two decimals, as the displayed rates they are compared
     * with (a lag can never exceed 100 points). Stored in NUMERIC(5,2).
     */
    public static final DecimalRule PERCENTAGE_POINTS = new DecimalRule(BigDecimal.ZERO, BigDecimal.valueOf(100), 2);

    /** Magnitudes and decimals beyond which a number is shown in scientific notation rather than in full. */
    private static final int SHOWN_DIGITS = 40;

    public DecimalRule {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0 || maxDecimals < 0) {
            throw new IllegalArgumentException("an empty rule: " + min + " to " + max + ", " + maxDecimals + " decimals");
        }
    }

    /**
     * The value, if the rule accepts it.
     *
     * @throws InvalidValueException {@code NUMBER_REQUIRED} for null, {@code NUMBER_TOO_PRECISE} for too many
     *                               decimals, {@code NUMBER_OUT_OF_RANGE} outside [min, max]; each names {@code field}
     */
    public BigDecimal check(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidValueException(field, "NUMBER_REQUIRED", Map.of("field", field));
        }
        // Range first: 1e999999999 has no decimals, and must not be expanded to be looked at.
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw refusal(field, "NUMBER_OUT_OF_RANGE", value);
        }
        if (value.stripTrailingZeros().scale() > maxDecimals) {
            throw refusal(field, "NUMBER_TOO_PRECISE", value);
        }
        return value;
    }

    /** {@link #check}, or null for null (an optional number). */
    public BigDecimal checkOptional(String field, BigDecimal value) {
        return value == null ? null : check(field, value);
    }

    private InvalidValueException refusal(String field, String code, BigDecimal value) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("field", field);
        arguments.put("value", shown(value));
        arguments.put("min", min.toPlainString());
        arguments.put("max", max.toPlainString());
        arguments.put("maxDecimals", maxDecimals);
        return new InvalidValueException(field, code, arguments);
    }

    /**
     * A client's number as a refusal may echo it: in full (plain) when that is short, else in scientific notation,
     * and cut after 40 significant digits (marked …), so that 1e999999999 does not become a billion digits in a message.
     */
    public static String shown(BigDecimal value) {
        if (value == null) {
            return "null";
        }
        BigDecimal cut = value.precision() > SHOWN_DIGITS ? value.round(new MathContext(SHOWN_DIGITS, RoundingMode.DOWN)) : value;
        int integerDigits = cut.precision() - cut.scale();
        String text = integerDigits > SHOWN_DIGITS || cut.scale() > SHOWN_DIGITS ? cut.toString() : cut.toPlainString();
        return cut == value ? text : text + "…";
    }
}
