package cn.gov.daxiang.perf.adapter.persistence.selfevaluation;

import cn.gov.daxiang.perf.adapter.persistence.shared.Numbers;
import cn.gov.daxiang.perf.adapter.persistence.shared.ReviewHistoryJson;
import cn.gov.daxiang.perf.adapter.persistence.shared.WeightsJson;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.adapter.persistence.shared.ExecutionColumns;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.IndicatorValueType;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationLine;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper
public interface SelfEvaluationPersistenceMapper {

    /** A new line: the copy of the approved indicator; the unit's entries come later. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "evaluationPk", ignore = true)
    @Mapping(target = "ordinal", ignore = true)
    @Mapping(target = "indicatorId", source = "id")
    @Mapping(target = "targetValue", source = "target")
    @Mapping(target = "actualValue", ignore = true)
    @Mapping(target = "tier", ignore = true)
    @Mapping(target = "tierPercentage", ignore = true)
    @Mapping(target = "deviationReason", ignore = true)
    SelfEvaluationLineJpaEntity toLine(EvaluatedIndicator indicator);

    default EvaluatedIndicator toIndicator(SelfEvaluationLineJpaEntity line) {
        return new EvaluatedIndicator(line.indicatorId, line.level1Code, line.level2Code, line.name, IndicatorValueType.valueOf(line.valueType),
                line.comparator == null ? null : Comparator.valueOf(line.comparator), Numbers.canonical(line.targetValue),
                line.unitOfMeasure, line.weight);
    }

    default SelfEvaluationLine toEntries(SelfEvaluationLineJpaEntity line) {
        Achievement achievement = line.actualValue != null ? Achievement.measured(Numbers.canonical(line.actualValue))
                : line.tier != null ? Achievement.judged(QualitativeTier.valueOf(line.tier), line.tierPercentage) : null;
        return new SelfEvaluationLine(line.indicatorId, achievement, line.deviationReason);
    }

    /** What the unit entered on a line (every column null for nothing). */
    default void copyEntries(SelfEvaluationLine entries, SelfEvaluationLineJpaEntity line) {
        Achievement achievement = entries == null ? null : entries.achievement();
        line.actualValue = achievement instanceof Achievement.Measured m ? m.actual() : null;
        line.tier = achievement instanceof Achievement.Judged j ? j.tier().name() : null;
        line.tierPercentage = achievement instanceof Achievement.Judged j ? j.percentage() : null;
        line.deviationReason = entries == null ? null : entries.deviationReason();
    }

    /** Rebuilds an evaluation from its root row and its lines in the goal's order. */
    default SelfEvaluation toDomain(SelfEvaluationJpaEntity root, List<SelfEvaluationLineJpaEntity> lines) {
        ReportedExecution execution = ExecutionColumns.read(new ExecutionColumns.Row(root.adjustedBudget, root.executedAmount,
                root.executionSource, root.provinceAdjustedBudget, root.provinceExecutedAmount, root.executionAsOf,
                root.executionOverrideReason, root.executionFlagged));
        GradedScore result = root.totalScore == null ? null
                : new GradedScore(Score.of(root.totalScore), Grade.valueOf(root.grade), GradeSchemeId.of(root.gradeSchemeId));
        return SelfEvaluation.restore(SelfEvaluationId.of(root.evaluationId), GoalVersionReference.of(root.goalId, root.goalVersion),
                SelfEvaluationKind.valueOf(root.kind), new UnitCode(root.unitCode), FiscalYear.of(root.fiscalYear),
                root.projectCode == null ? null : new ProjectCode(root.projectCode), lines.stream().map(this::toIndicator).toList(),
                WeightsJson.template(root.executionWeight, root.groupWeights), lines.stream().map(this::toEntries).toList(), execution,
                root.overallAchievement, ReviewState.valueOf(root.status), ReviewHistoryJson.read(root.history), result);
    }

    /** The root row's fields from the evaluation; the keys and weights that never change are set once, on a new row. */
    default void copyToRoot(SelfEvaluation evaluation, SelfEvaluationJpaEntity root) {
        if (root.evaluationId == null) {
            root.evaluationId = evaluation.getId().value();
            root.goalId = evaluation.getGoal().goalId();
            root.goalVersion = evaluation.getGoal().version();
            root.kind = evaluation.getKind().name();
            root.unitCode = evaluation.getUnitCode().value();
            root.fiscalYear = evaluation.getFiscalYear().value();
            root.projectCode = evaluation.getProjectCode().map(ProjectCode::value).orElse(null);
            root.executionWeight = evaluation.getTemplate().executionRateWeight();
            root.groupWeights = WeightsJson.write(evaluation.getTemplate().groupWeights());
        }
        ExecutionColumns.Row execution = ExecutionColumns.write(evaluation.getReportedExecution().orElse(null));
        root.adjustedBudget = execution.adjustedBudget();
        root.executedAmount = execution.executed();
        root.executionSource = execution.source();
        root.provinceAdjustedBudget = execution.provinceAdjustedBudget();
        root.provinceExecutedAmount = execution.provinceExecuted();
        root.executionAsOf = execution.asOf();
        root.executionOverrideReason = execution.overrideReason();
        root.executionFlagged = execution.flagged();
        root.overallAchievement = evaluation.getOverallAchievement().orElse(null);
        root.status = evaluation.getStatus().name();
        root.totalScore = evaluation.getResult().map(r -> r.score().value()).orElse(null);
        root.grade = evaluation.getResult().map(r -> r.grade().name()).orElse(null);
        root.gradeSchemeId = evaluation.getResult().map(r -> r.schemeId().value()).orElse(null);
        root.history = ReviewHistoryJson.write(evaluation.getHistory());
    }
}
