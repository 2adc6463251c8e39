package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.execution.ExecutionSourceResponse;

import cn.gov.daxiang.perf.adapter.rest.shared.ReviewStepResponse;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.ExecutionScore;
import cn.gov.daxiang.perf.domain.scoring.IndicatorScore;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.ScoreCheckReport;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationLine;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Mapper
public interface SelfEvaluationRestMapper {

    @Mapping(target = "executionRate", source = "executionRateWeight")
    @Mapping(target = "groups", source = "groupWeights")
    SelfEvaluationResponse.Weights toResponse(WeightTemplate template);

    default SelfEvaluationResponse.Graded toResponse(GradedScore graded) {
        return graded == null ? null : new SelfEvaluationResponse.Graded(graded.score().value(), graded.grade().name(),
                graded.grade().label(), graded.schemeId().value());
    }

    default SelfEvaluationResponse toResponse(SelfEvaluationDetails details) {
        SelfEvaluation evaluation = details.evaluation();
        Map<UUID, BigDecimal> weights = evaluation.allocatedWeights();
        Map<UUID, IndicatorScore> scores = evaluation.scoredLines();
        Map<UUID, SelfEvaluationLine> entries = new LinkedHashMap<>();
        evaluation.getLines().forEach(l -> entries.put(l.indicatorId(), l));
        List<SelfEvaluationResponse.Line> lines = evaluation.getIndicators().stream()
                .map(i -> line(i, entries.get(i.id()), weights.get(i.id()), scores.get(i.id()))).toList();
        SelfEvaluationResponse.Execution execution = evaluation.executionScore()
                .map(line -> toResponse(line, ExecutionSourceResponse.of(evaluation.getReportedExecution().orElseThrow()))).orElse(null);
        return new SelfEvaluationResponse(evaluation.getId().toString(), evaluation.getKind().name(), evaluation.getKind().label(),
                evaluation.getFiscalYear().value(), evaluation.getUnitCode().value(), evaluation.getProjectCode().map(ProjectCode::value).orElse(null),
                evaluation.getGoal().goalId().toString(), evaluation.getGoal().version(), details.revision(), evaluation.getStatus().name(),
                evaluation.getStatus().label(), evaluation.getAllowedActions(), toResponse(evaluation.getTemplate()), execution,
                evaluation.getOverallAchievement().orElse(null), lines, toResponse(details.preview()),
                toResponse(evaluation.getResult().orElse(null)), evaluation.missingAchievements(),
                evaluation.unexplainedDeviations().stream().map(EvaluatedIndicator::name).toList(),
                evaluation.getHistory().stream().map(ReviewStepResponse::of).toList());
    }

    default SelfEvaluationResponse.Execution toResponse(ExecutionScore line, ExecutionSourceResponse source) {
        return new SelfEvaluationResponse.Execution(line.execution().adjustedBudget().amount(), line.execution().executed().amount(),
                line.rate().map(Percentage::value).orElse(null), line.weight(), line.score().value(),
                source.source(), source.sourceLabel(), source.asOf(), source.provinceFigures(), source.overrideReason(),
                source.deviation(), source.flagged());
    }

    default SelfEvaluationResponse.Line line(EvaluatedIndicator indicator, SelfEvaluationLine entries, BigDecimal weight, IndicatorScore score) {
        Achievement achievement = entries == null ? null : entries.achievement();
        return new SelfEvaluationResponse.Line(indicator.id().toString(), indicator.level1Code(), indicator.level2Code(), indicator.name(),
                indicator.valueType().name(), indicator.comparator() == null ? null : indicator.comparator().name(),
                indicator.comparator() == null ? null : indicator.comparator().symbol(), indicator.target(), indicator.unitOfMeasure(),
                indicator.weight(),
                achievement instanceof Achievement.Measured m ? m.actual() : null,
                achievement instanceof Achievement.Judged j ? j.tier().name() : null,
                achievement instanceof Achievement.Judged j ? j.percentage() : null,
                entries == null ? null : entries.deviationReason(), weight,
                score == null ? null : score.score().value(), score == null ? null : score.met());
    }

    default ScoreCheckResponse toResponse(ScoreCheckReport report) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        report.grades().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> grades.put(e.getKey().name(), e.getValue()));
        return new ScoreCheckResponse(report.fiscalYear().value(), report.checked(), report.totalOfScores(),
                report.averageScore().map(s -> s.value()).orElse(null), grades,
                report.mismatches().stream().map(m -> new ScoreCheckResponse.Mismatch(m.evaluationId().toString(), toResponse(m.recorded()),
                        toResponse(m.recomputed()))).toList(),
                report.digest());
    }
}
