package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.Objects;

/**
 * A unit that must have a department-overall goal this year (every active unit).
 *
 * @param amount the unit's spending the goal covers (basic plus project expenditure, as budgeted); the
 *               coverage by amount is only as good as this figure, so pass {@link Money#ZERO} when unknown
 */
public record CoverageUnit(UnitCode code, Money amount) {

    public CoverageUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amount, "amount");
    }
}
