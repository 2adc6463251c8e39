package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.execution.ExecutionSourceResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.adapter.rest.shared.ReviewStepResponse;
import cn.gov.daxiang.perf.domain.execution.ExecutionSource;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A self-evaluation (绩效自评): the goal version it copied, the unit and project with their names, the weights it scores
 * with, the unit's entries beside each indicator's 分值 and 得分 (as soon as its achievement is entered), the total and
 * grade (a preview while a draft, the recorded result once submitted), what is still missing, the review history, what
 * the caller may do now and the revision (also the ETag).
 */
@Schema(name = "SelfEvaluation", requiredProperties = {"id", "kind", "fiscalYear", "unitCode", "goalId", "goalVersion", "revision", "status",
        "allowedActions", "weights", "lines", "missingAchievements", "unexplainedDeviations", "history"})
public record SelfEvaluationResponse(@Schema(format = "uuid") String id, Coded<SelfEvaluationKind> kind, int fiscalYear, String unitCode,
                                     String unitName, String projectCode, String projectName, @Schema(format = "uuid") String goalId,
                                     int goalVersion, long revision, Coded<ReviewState> status, List<Coded<ReviewAction>> allowedActions,
                                     Weights weights, Execution execution, String overallAchievement, List<Line> lines, Graded preview,
                                     Graded result, List<String> missingAchievements, List<String> unexplainedDeviations,
                                     List<ReviewStepResponse> history) {

    /** The template the evaluation was opened with: 预算执行率 and each level-1 group's weight. */
    @Schema(name = "SelfEvaluationWeights", requiredProperties = {"executionRate", "groups"})
    public record Weights(BigDecimal executionRate, Map<String, BigDecimal> groups) {
    }

    /** 全年预算数, 全年执行数, 执行率 (%, null for a zero budget), 分值 and 得分, with where the figures come from. */
    @Schema(name = "SelfEvaluationExecution", requiredProperties = {"adjustedBudget", "executed", "weight", "score", "source", "flagged"})
    public record Execution(BigDecimal adjustedBudget, BigDecimal executed, BigDecimal rate, BigDecimal weight, BigDecimal score,
                            Coded<ExecutionSource> source, LocalDate asOf, ExecutionSourceResponse.Figures provinceFigures,
                            String overrideReason, ExecutionSourceResponse.Deviation deviation, boolean flagged) {
    }

    /**
     * One indicator: the approved indicator (levels, comparator, 年度指标值, unit, its own weight), what the unit
     * entered (完成值 or tier and percentage, 偏差原因), and its 分值, 得分 and whether it was met once entered.
     */
    @Schema(name = "SelfEvaluationLine", requiredProperties = {"indicatorId", "level1", "level2", "name", "valueType"})
    public record Line(@Schema(format = "uuid") String indicatorId, String level1, String level2, String name, Coded<ValueType> valueType,
                       Coded<Comparator> comparator, BigDecimal target, String unitOfMeasure, BigDecimal indicatorWeight, BigDecimal actual,
                       Coded<QualitativeTier> tier, BigDecimal percentage, String deviationReason, BigDecimal weight, BigDecimal score,
                       Boolean met) {
    }

    /** A total with its grade and the scheme that gave it. */
    @Schema(name = "SelfEvaluationResult", requiredProperties = {"score", "grade", "schemeId"})
    public record Graded(BigDecimal score, Coded<Grade> grade, String schemeId) {
    }
}
