package cn.gov.daxiang.perf.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * An amount in 元 with exactly two decimals. Amounts are never rounded silently: a value with more
 * than two decimals is refused, because it means the source made a mistake.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** NUMERIC(18,2): sixteen integer digits. Declared before ZERO, which the constructor checks against it. */
    private static final BigDecimal LIMIT = new BigDecimal("10000000000000000");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("MONEY_TOO_PRECISE", Map.of("amount", DecimalRule.shown(amount)));
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidValueException("MONEY_OUT_OF_RANGE", Map.of("amount", DecimalRule.shown(amount)));
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String yuan) {
        try {
            return new Money(new BigDecimal(yuan.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("MONEY_MALFORMED", Map.of("amount", String.valueOf(yuan)));
        }
    }

    public static Money of(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
