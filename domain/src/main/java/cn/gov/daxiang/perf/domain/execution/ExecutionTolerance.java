package cn.gov.daxiang.perf.domain.execution;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * How far a unit's figure may differ from the province's before the difference is flagged: the larger of
 * {@code percent} % of the province's figure and the absolute {@code amount} (元). A difference equal to the
 * tolerance is within it. Default: 1 % and 0 元.
 */
public record ExecutionTolerance(BigDecimal percent, Money amount) {

    public static final ExecutionTolerance DEFAULT = new ExecutionTolerance(BigDecimal.ONE, Money.ZERO);

    public ExecutionTolerance {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(amount, "amount");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException("percent", "EXECUTION_TOLERANCE_INVALID", Map.of("percent", percent.toPlainString()));
        }
        if (amount.isNegative()) {
            throw new InvalidValueException("amount", "EXECUTION_TOLERANCE_INVALID", Map.of("amount", amount.toString()));
        }
    }

    /** The largest difference allowed against {@code provinceFigure}. */
    public Money allowedAgainst(Money provinceFigure) {
        Money relative = new Money(provinceFigure.amount().abs().multiply(percent)
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        return relative.compareTo(amount) >= 0 ? relative : amount;
    }

    /** Whether {@code unitFigure} differs from {@code provinceFigure} by more than the tolerance. */
    public boolean exceeded(Money unitFigure, Money provinceFigure) {
        Money difference = new Money(unitFigure.amount().subtract(provinceFigure.amount()).abs());
        return difference.isGreaterThan(allowedAgainst(provinceFigure));
    }
}
