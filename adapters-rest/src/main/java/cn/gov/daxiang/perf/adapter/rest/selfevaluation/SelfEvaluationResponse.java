package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.execution.ExecutionSourceResponse;

import cn.gov.daxiang.perf.adapter.rest.shared.ReviewStepResponse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A self-evaluation (绩效自评): the goal version it copied, the weights it scores with, the unit's entries beside
 * each indicator's 分值 and 得分 (as soon as its achievement is entered), the total and grade (a preview while a
 * draft, the recorded result once submitted), what is still missing, the review history, the actions allowed
 * next and the revision (also the ETag).
 */
public record SelfEvaluationResponse(String id, String kind, String kindLabel, int fiscalYear, String unitCode, String projectCode,
                                     String goalId, int goalVersion, long revision, String status, String statusLabel,
                                     List<String> allowedActions, Weights weights, Execution execution, String overallAchievement,
                                     List<Line> lines, Graded preview, Graded result, List<String> missingAchievements,
                                     List<String> unexplainedDeviations, List<ReviewStepResponse> history) {

    /** The template the evaluation was opened with: 预算执行率 and each level-1 group's weight. */
    public record Weights(BigDecimal executionRate, Map<String, BigDecimal> groups) {
    }

    /** 全年预算数, 全年执行数, 执行率 (%, null for a zero budget), 分值 and 得分. */
    public record Execution(BigDecimal adjustedBudget, BigDecimal executed, BigDecimal rate, BigDecimal weight, BigDecimal score,
                            String source, String sourceLabel,
                            java.time.LocalDate asOf, ExecutionSourceResponse.Figures provinceFigures, String overrideReason,
                            ExecutionSourceResponse.Deviation deviation, boolean flagged) {
    }

    /**
     * One indicator: the approved indicator (levels, comparator, 年度指标值, unit, its own weight), what the unit
     * entered (完成值 or tier and percentage, 偏差原因), and its 分值, 得分 and whether it was met once entered.
     */
    public record Line(String indicatorId, String level1, String level2, String name, String valueType, String comparator,
                       String comparatorSymbol, BigDecimal target, String unitOfMeasure, BigDecimal indicatorWeight, BigDecimal actual,
                       String tier, BigDecimal percentage, String deviationReason, BigDecimal weight, BigDecimal score, Boolean met) {
    }

    /** A total with its grade and the scheme that gave it. */
    public record Graded(BigDecimal score, String grade, String gradeLabel, String schemeId) {
    }
}
