package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;

/** Finance plans a key evaluation. */
public record PlanKeyEvaluationCommand(KeyEvaluationPlan plan) {

    public PlanKeyEvaluationCommand {
        CommandFields.require("plan", plan);
    }
}
