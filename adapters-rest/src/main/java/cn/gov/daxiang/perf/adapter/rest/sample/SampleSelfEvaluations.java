package cn.gov.daxiang.perf.adapter.rest.sample;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * The embedded default's 2023 部门整体 self-evaluations as the sample file lists them: per unit, the adjusted budget
 * (全年预算数, the money the self-evaluation covers) and the executed amount, and what its overall goal's indicators
 * achieved. The loader declares and approves each unit's overall goal and fills, submits and reviews its self-evaluation.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SampleSelfEvaluations(int fiscalYear, List<Unit> units) {

    /**
     * @param tasksPlanned     the goal's 重点工作任务完成数 target; {@code tasksDone} below it is a missed target with its reason
     * @param onTimeRate       重点工作按时办结率 achieved (target ≥ 95 %)
     * @param effectPercentage 部门履职效能 (qualitative, achieved): the evaluator's percentage in [80, 100]
     * @param satisfaction     服务对象满意度 achieved (target ≥ 90 %)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(String unitCode, BigDecimal adjustedBudget, BigDecimal executed, int tasksPlanned, int tasksDone, BigDecimal onTimeRate,
                int effectPercentage, BigDecimal satisfaction) {
    }
}
