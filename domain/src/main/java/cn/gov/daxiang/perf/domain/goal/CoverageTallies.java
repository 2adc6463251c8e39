package cn.gov.daxiang.perf.domain.goal;

import java.util.List;

/**
 * What a year's goal coverage is computed from, counted: the projects' and units' tallies, and the subjects no goal
 * covers (listed one by one, in code order, as the report names them).
 *
 * @param uncoveredProjects the projects no approved goal covers by {@link GoalCoverage#coveringKinds}
 * @param uncoveredUnits    the active units without an approved 部门整体 goal
 */
public record CoverageTallies(List<ProjectTally> projects, List<UnitTally> units, List<CoverageProject> uncoveredProjects,
                              List<CoverageUnit> uncoveredUnits) {

    public CoverageTallies {
        projects = List.copyOf(projects);
        units = List.copyOf(units);
        uncoveredProjects = List.copyOf(uncoveredProjects);
        uncoveredUnits = List.copyOf(uncoveredUnits);
    }
}
