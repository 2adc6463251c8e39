package cn.gov.daxiang.perf.domain.project;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.Map;
import java.util.Objects;

/**
 * A project's funds for the year, as the goal declaration lists them: 资金总额 = 财政拨款 + 上年结转 + 其他资金.
 */
public record ProjectFunds(Money total, Money fiscalAppropriation, Money carryOver, Money other) {

    public ProjectFunds {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(fiscalAppropriation, "fiscalAppropriation");
        Objects.requireNonNull(carryOver, "carryOver");
        Objects.requireNonNull(other, "other");
        requireNotNegative("fiscalAppropriation", fiscalAppropriation);
        requireNotNegative("carryOver", carryOver);
        requireNotNegative("other", other);
        Money sum = fiscalAppropriation.plus(carryOver).plus(other);
        if (total.compareTo(sum) != 0) {
            throw new InvalidValueException("total", "PROJECT_FUNDS_DO_NOT_ADD_UP",
                    Map.of("total", total.toString(), "sum", sum.toString()));
        }
    }

    /** Funds whose total is the sum of its parts. */
    public static ProjectFunds of(Money fiscalAppropriation, Money carryOver, Money other) {
        return new ProjectFunds(fiscalAppropriation.plus(carryOver).plus(other), fiscalAppropriation, carryOver, other);
    }

    private static void requireNotNegative(String field, Money amount) {
        if (amount.isNegative()) {
            throw new InvalidValueException(field, "AMOUNT_NEGATIVE", Map.of("field", field, "amount", amount.toString()));
        }
    }
}
