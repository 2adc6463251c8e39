package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * A budget adjustment in percent of the base, two decimals, from −100 (nothing left) to +100 (doubled): −10 means the
 * next budget is the base less a tenth.
 */
public record Adjustment(BigDecimal percent) {

    public static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);
    public static final BigDecimal PLUS_HUNDRED = BigDecimal.valueOf(100);
    public static final Adjustment NONE = new Adjustment(BigDecimal.ZERO);

    public Adjustment {
        Objects.requireNonNull(percent, "percent");
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("adjustmentPercent", "ALLOCATION_ADJUSTMENT_TOO_PRECISE",
                    Map.of("adjustmentPercent", DecimalRule.shown(percent)));
        }
        if (percent.compareTo(MINUS_HUNDRED) < 0 || percent.compareTo(PLUS_HUNDRED) > 0) {
            throw new InvalidValueException("adjustmentPercent", "ALLOCATION_ADJUSTMENT_OUT_OF_RANGE",
                    Map.of("adjustmentPercent", DecimalRule.shown(percent)));
        }
        percent = percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Adjustment of(String percent) {
        try {
            return new Adjustment(new BigDecimal(percent.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("adjustmentPercent", "ALLOCATION_ADJUSTMENT_MALFORMED", Map.of("adjustmentPercent", String.valueOf(percent)));
        }
    }

    /** base × (1 + percent / 100), rounded HALF_UP to the fen: the one rounding point of an adjusted amount. */
    public Money applyTo(Money base) {
        BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2));
        return new Money(base.amount().multiply(factor).setScale(2, RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
