package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

    /** The kinds of goal that cover a project (the rule above), for a store to look them up. */
    public static Set<GoalKind> coveringKinds(boolean transferPaymentProject) {
        Set<GoalKind> kinds = EnumSet.noneOf(GoalKind.class);
        for (GoalKind kind : GoalKind.values()) {
            if (covers(kind, transferPaymentProject)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** Whether the projects of a tally are covered: one of the approved goals naming them is of a covering kind. */
    public static boolean covered(ProjectTally tally) {
        return tally.approvedGoalKinds().stream().anyMatch(k -> covers(k, tally.transferPayment()));
    }

    /**
     * @param projects the year's projects, each once
     * @param units    the units that must have a department-overall goal (the active units)
     * @param goals    subjects of goals with an approved version; goals of other years are ignored
     */
    public GoalCoverageReport calculate(FiscalYear year, Collection<CoverageProject> projects,
                                        Collection<CoverageUnit> units, Collection<ApprovedGoalSubject> goals) {
        return calculate(year, tally(year, projects, units, goals));
    }

    /**
     * The records counted one by one, as a store counts them (one tally per project and per unit), so that both ways
     * of computing coverage share {@link #calculate(CoverageTallies)}.
     */
    public static CoverageTallies tally(FiscalYear year, Collection<CoverageProject> projects, Collection<CoverageUnit> units,
                                        Collection<ApprovedGoalSubject> goals) {
        Map<ProjectCode, Set<GoalKind>> kindsNaming = new HashMap<>();
        Set<UnitCode> coveredUnits = new HashSet<>();
        for (ApprovedGoalSubject goal : goals) {
            if (!goal.fiscalYear().equals(year)) {
                continue;
            }
            if (goal.kind() == GoalKind.DEPARTMENT_OVERALL) {
                coveredUnits.add(goal.unitCode());
            } else {
                kindsNaming.computeIfAbsent(goal.projectCode(), c -> EnumSet.noneOf(GoalKind.class)).add(goal.kind());
            }
        }
        List<ProjectTally> projectTallies = new ArrayList<>();
        List<CoverageProject> uncoveredProjects = new ArrayList<>();
        for (CoverageProject project : projects) {
            ProjectTally tally = new ProjectTally(project.unitCode(), project.isTransferPayment(),
                    kindsNaming.getOrDefault(project.code(), Set.of()), 1, project.fundsTotal());
            projectTallies.add(tally);
            if (!covered(tally)) {
                uncoveredProjects.add(project);
            }
        }
        List<UnitTally> unitTallies = new ArrayList<>();
        List<CoverageUnit> uncoveredUnits = new ArrayList<>();
        for (CoverageUnit unit : units) {
            boolean covered = coveredUnits.contains(unit.code());
            unitTallies.add(new UnitTally(unit.code(), covered, 1, unit.amount()));
            if (!covered) {
                uncoveredUnits.add(unit);
            }
        }
        return new CoverageTallies(projectTallies, unitTallies, uncoveredProjects, uncoveredUnits);
    }

    /**
     * Coverage from tallies: counts and amounts summed per category, covered by {@link #covered(ProjectTally)}; what is
     * missing as the tallies list it, in their order.
     */
    public GoalCoverageReport calculate(FiscalYear year, CoverageTallies tallies) {
        Tally plain = new Tally(CoverageCategory.PROJECT);
        Tally transfer = new Tally(CoverageCategory.TRANSFER_PAYMENT);
        for (ProjectTally tally : tallies.projects()) {
            (tally.transferPayment() ? transfer : plain).count(tally.count(), tally.amount(), covered(tally));
        }
        for (CoverageProject project : tallies.uncoveredProjects()) {
            (project.isTransferPayment() ? transfer : plain).missing(project.unitCode(), project.code(), project.fundsTotal());
        }
        Tally departments = new Tally(CoverageCategory.DEPARTMENT_OVERALL);
        for (UnitTally tally : tallies.units()) {
            departments.count(tally.count(), tally.amount(), tally.approvedOverallGoal());
        }
        for (CoverageUnit unit : tallies.uncoveredUnits()) {
            departments.missing(unit.code(), null, unit.amount());
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

        void count(int subjects, Money amount, boolean isCovered) {
            total += subjects;
            totalAmount = totalAmount.plus(amount);
            if (isCovered) {
                covered += subjects;
                coveredAmount = coveredAmount.plus(amount);
            }
        }

        void missing(UnitCode unit, ProjectCode project, Money amount) {
            missing.add(new CoverageGap(category, unit, project, amount));
        }

        CoverageFigures figures() {
            return new CoverageFigures(category, total, covered, totalAmount, coveredAmount, missing);
        }
    }
}
