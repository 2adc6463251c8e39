package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.scoring.ScoreSheet;

import java.util.Optional;

/**
 * Everything the self-evaluation table (自评表) prints: the evaluation, its score sheet when every entry is
 * made, the names of the unit, its department and the project, the project's funds (年初预算) and the
 * approved goal's 年度总体目标.
 *
 * @param projectName  null for a 部门整体 evaluation
 * @param projectFunds null for a 部门整体 evaluation
 */
public record SelfEvaluationTable(SelfEvaluationDetails details, ScoreSheet sheet, String unitName, String departmentName,
                                  String projectName, ProjectFunds projectFunds, String annualOverallGoal) {

    public Optional<ScoreSheet> sheetIfScorable() {
        return Optional.ofNullable(sheet);
    }
}
