package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Projects of a year alike for coverage, counted together: of one unit (or of a whole scope), transfer payments or not,
 * named by approved goals of the same kinds. The store sums them ({@code GROUP BY}); {@link GoalCoverage} decides
 * which kinds cover them.
 *
 * @param unitCode          the projects' unit; null when the tally sums a whole scope
 * @param approvedGoalKinds the kinds of the year's approved goals naming each of these projects (empty: none)
 * @param amount            Σ of their funds
 */
public record ProjectTally(UnitCode unitCode, boolean transferPayment, Set<GoalKind> approvedGoalKinds, int count, Money amount) {

    public ProjectTally {
        approvedGoalKinds = approvedGoalKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(approvedGoalKinds));
        Objects.requireNonNull(amount, "amount");
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
    }
}
