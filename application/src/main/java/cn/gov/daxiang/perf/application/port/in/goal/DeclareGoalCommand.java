package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/**
 * A new goal (绩效目标申报), from a request body or a row group of the declaration table alike.
 *
 * @param projectCode    for PROJECT and TRANSFER_PAYMENT goals; null for DEPARTMENT_OVERALL
 * @param upperLevelGoal for TRANSFER_PAYMENT goals; null otherwise
 */
public record DeclareGoalCommand(GoalKind kind, FiscalYear fiscalYear, UnitCode unitCode, ProjectCode projectCode,
                                 UpperLevelGoalReference upperLevelGoal, GoalContent content) {

    /** Kind, year, unit and content are required; whether project and upper-level goal fit the kind is the goal's rule. */
    public DeclareGoalCommand {
        Commands.require("kind", kind);
        Commands.require("fiscalYear", fiscalYear);
        Commands.require("unitCode", unitCode);
        Commands.require("content", content);
    }
}
