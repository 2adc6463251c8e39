package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes a year's goal coverage (全覆盖): every project, every upper-level transfer payment and every
 * active unit's overall spending must have an approved goal.
 * <p>
 * Which goal covers what:
 * <ul>
 *   <li>a transfer-payment project (kind TRANSFER_PAYMENT) only by a TRANSFER_PAYMENT goal, because the
 *       district must decompose the upper level's goal and report against it; a plain project goal
 *       would leave that undone;</li>
 *   <li>any other project by a PROJECT goal, or by a TRANSFER_PAYMENT goal naming it (the province
 *       may not have flagged the project's kind, and the goal still states what the money achieves);</li>
 *   <li>a unit by a DEPARTMENT_OVERALL goal of that unit.</li>
 * </ul>
 * Only goals with an approved (or published) version and of the report's fiscal year count.
 */
public final class GoalCoverage {

    /** Whether a goal of this kind covers a project (the rule above). */
    public static boolean covers(GoalKind kind, boolean transferPaymentProject) {
        return switch (kind) {
            case TRANSFER_PAYMENT -> true;
            case PROJECT -> !transferPaymentProject;
            case DEPARTMENT_OVERALL -> false;
        };
    }

    /**
     * @param projects the year's projects, each once
     * @param units    the units that must have a department-overall goal (the active units)
     * @param goals    subjects of goals with an approved version; goals of other years are ignored
     */
    public GoalCoverageReport calculate(FiscalYear year, Collection<CoverageProject> projects,
                                        Collection<CoverageUnit> units, Collection<ApprovedGoalSubject> goals) {
        Set<ProjectCode> coveredPlain = new HashSet<>();
        Set<ProjectCode> coveredTransfer = new HashSet<>();
        Set<UnitCode> coveredUnits = new HashSet<>();
        for (ApprovedGoalSubject goal : goals) {
            if (!goal.fiscalYear().equals(year)) {
                continue;
            }
            if (goal.kind() == GoalKind.DEPARTMENT_OVERALL) {
                coveredUnits.add(goal.unitCode());
                continue;
            }
            if (covers(goal.kind(), false)) {
                coveredPlain.add(goal.projectCode());
            }
            if (covers(goal.kind(), true)) {
                coveredTransfer.add(goal.projectCode());
            }
        }
        Tally plain = new Tally(CoverageCategory.PROJECT);
        Tally transfer = new Tally(CoverageCategory.TRANSFER_PAYMENT);
        for (CoverageProject project : projects) {
            if (project.isTransferPayment()) {
                transfer.count(project.unitCode(), project.code(), project.fundsTotal(), coveredTransfer.contains(project.code()));
            } else {
                plain.count(project.unitCode(), project.code(), project.fundsTotal(), coveredPlain.contains(project.code()));
            }
        }
        Tally departments = new Tally(CoverageCategory.DEPARTMENT_OVERALL);
        for (CoverageUnit unit : units) {
            departments.count(unit.code(), null, unit.amount(), coveredUnits.contains(unit.code()));
        }
        return new GoalCoverageReport(year, plain.figures(), transfer.figures(), departments.figures());
    }

    private static final class Tally {
        private final CoverageCategory category;
        private int total;
        private int covered;
        private Money totalAmount = Money.ZERO;
        private Money coveredAmount = Money.ZERO;
        private final List<CoverageGap> missing = new ArrayList<>();

        Tally(CoverageCategory category) {
            this.category = category;
        }

        void count(UnitCode unit, ProjectCode project, Money amount, boolean isCovered) {
            total++;
            totalAmount = totalAmount.plus(amount);
            if (isCovered) {
                covered++;
                coveredAmount = coveredAmount.plus(amount);
            } else {
                missing.add(new CoverageGap(category, unit, project, amount));
            }
        }

        CoverageFigures figures() {
            return new CoverageFigures(category, total, covered, totalAmount, coveredAmount, missing);
        }
    }
}
