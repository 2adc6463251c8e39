package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.CoverageTallies;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Map;

/**
 * The goal coverage of a year counted by the store (a few aggregate queries, whatever the number of projects): the
 * year's projects and active units within a scope, summed per group, and the subjects no approved goal covers by
 * {@code GoalCoverage}'s rule, each with its names. The rule itself stays in the domain.
 */
public interface GoalCoverageRepository {

    /** How finely the tallies are summed. */
    enum Grouping {
        /** One tally per group over the whole scope (the district's figures). */
        SCOPE,
        /** One tally per unit and group, and every active unit of the scope in the directory (per-department figures). */
        UNIT
    }

    /**
     * @param unitNames    the active units' names: of every active unit of the scope when grouped per unit, otherwise of
     *                     the units the uncovered subjects name
     * @param departmentOf per unit grouping only: each active unit's supervising department (a department maps to itself)
     * @param projectNames the uncovered projects' names
     */
    record Counted(CoverageTallies tallies, Map<UnitCode, String> unitNames, Map<UnitCode, UnitCode> departmentOf,
                   Map<ProjectCode, String> projectNames) {

        public Counted {
            unitNames = Map.copyOf(unitNames);
            departmentOf = Map.copyOf(departmentOf);
            projectNames = Map.copyOf(projectNames);
        }
    }

    Counted count(FiscalYear year, DataScope scope, Grouping grouping);
}
