package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Open local work of a unit: what the district still has under way for it, so that the province deactivating the
 * unit is a conflict a person must look at. A unit has open work when it has a project of {@code from} (the
 * current fiscal year) or a later year, or a goal still on its way: one whose current version is open (neither
 * approved, published nor rejected, see {@link GoalStatus#isOpen}).
 */
public record OpenLocalWork(FiscalYear from) {

    public OpenLocalWork {
        Objects.requireNonNull(from, "from");
    }

    /** The goal states that are open work: the open ones. */
    public static Set<GoalStatus> openGoalStatuses() {
        EnumSet<GoalStatus> open = EnumSet.noneOf(GoalStatus.class);
        Arrays.stream(GoalStatus.values()).filter(GoalStatus::isOpen).forEach(open::add);
        return open;
    }

    public boolean counts(Project project) {
        return project.getFiscalYear().value() >= from.value();
    }

    public boolean counts(PerformanceGoal goal) {
        return goal.getStatus().isOpen();
    }
}
