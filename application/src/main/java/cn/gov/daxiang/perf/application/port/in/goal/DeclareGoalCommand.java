package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Objects;

/**
 * A new goal (绩效目标申报).
 *
 * @param projectCode    for PROJECT and TRANSFER_PAYMENT goals; null for DEPARTMENT_OVERALL
 * @param upperLevelGoal for TRANSFER_PAYMENT goals; null otherwise
 */
public record DeclareGoalCommand(GoalKind kind, FiscalYear fiscalYear, UnitCode unitCode, ProjectCode projectCode,
                                 UpperLevelGoalReference upperLevelGoal, GoalContent content) {

    public DeclareGoalCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(content, "content");
    }
}
