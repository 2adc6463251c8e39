package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalCoverageReport;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.Map;

/**
 * Goal coverage as a table shows it: the report, with the names of the units and projects its gaps name (taken from
 * the same reads the coverage was computed from: no lookup per row).
 */
public record GoalCoverageView(GoalCoverageReport report, Map<UnitCode, String> unitNames, Map<ProjectCode, String> projectNames) {

    public GoalCoverageView {
        unitNames = Map.copyOf(unitNames);
        projectNames = Map.copyOf(projectNames);
    }
}
