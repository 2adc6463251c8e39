package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The budget side of monitoring and evaluation: 调整后预算数 (全年预算数) and 执行数, both in 元. The
 * province is the source of truth for both figures; they arrive here as given.
 */
public record BudgetExecution(Money adjustedBudget, Money executed) {

    public BudgetExecution {
        Objects.requireNonNull(adjustedBudget, "adjustedBudget");
        Objects.requireNonNull(executed, "executed");
        requireNotNegative("adjustedBudget", adjustedBudget);
        requireNotNegative("executed", executed);
    }

    public static BudgetExecution of(Money adjustedBudget, Money executed) {
        return new BudgetExecution(adjustedBudget, executed);
    }

    /**
     * 预算执行率 = 执行数 / 调整后预算数, two decimals HALF_UP; empty when the adjusted budget is zero,
     * where no rate is defined.
     */
    public Optional<Percentage> rate() {
        return adjustedBudget.isZero() ? Optional.empty() : Optional.of(Percentage.ofRatio(executed, adjustedBudget));
    }

    private static void requireNotNegative(String field, Money amount) {
        if (amount.isNegative()) {
            throw new InvalidValueException(field, "BUDGET_AMOUNT_NEGATIVE", Map.of("field", field, "amount", amount.toString()));
        }
    }
}
