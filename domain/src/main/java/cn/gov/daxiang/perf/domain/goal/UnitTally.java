package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.Objects;

/**
 * Active units of a year counted together: one unit (or a whole scope), with or without an approved 部门整体 goal of the
 * year.
 *
 * @param unitCode null when the tally sums a whole scope
 * @param amount   Σ of the units' amounts ({@link CoverageUnit#amount()})
 */
public record UnitTally(UnitCode unitCode, boolean approvedOverallGoal, int count, Money amount) {

    public UnitTally {
        Objects.requireNonNull(amount, "amount");
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
    }
}
