package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.Map;

/**
 * What a goal is about: a project of the declaring unit in the goal's year, or the unit itself. "谁申请资金，
 * 谁编制目标": a unit declares goals for its own projects only.
 */
public final class GoalSubject {

    private GoalSubject() {
    }

    /** The key under which at most one live goal of a kind may exist per year: the project code, or the unit code. */
    public static String key(GoalKind kind, UnitCode unit, cn.gov.daxiang.perf.domain.project.ProjectCode project) {
        return kind.requiresProject() ? project.value() : unit.value();
    }

    /** Refuses a project goal whose project belongs to another unit or to another year. */
    public static void requireConsistent(GoalKind kind, FiscalYear year, UnitCode unit, Project project) {
        if (!kind.requiresProject()) {
            return;
        }
        if (!project.getUnitCode().equals(unit)) {
            throw new RuleViolationException("GOAL_PROJECT_OF_ANOTHER_UNIT",
                    Map.of("projectCode", project.getCode().value(), "projectUnit", project.getUnitCode().value(), "unitCode", unit.value()));
        }
        if (!project.getFiscalYear().equals(year)) {
            throw new RuleViolationException("GOAL_YEAR_DIFFERS_FROM_PROJECT",
                    Map.of("projectCode", project.getCode().value(), "projectYear", project.getFiscalYear().value(), "fiscalYear", year.value()));
        }
    }
}
