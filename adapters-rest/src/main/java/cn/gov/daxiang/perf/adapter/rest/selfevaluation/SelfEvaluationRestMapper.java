package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.execution.ExecutionSourceResponse;
import cn.gov.daxiang.perf.adapter.rest.request.DomainRefusals;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.EntriesRequest;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.ExecutionRequest;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.LineRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.adapter.rest.shared.ReviewStepResponse;
import cn.gov.daxiang.perf.application.port.in.review.SubmissionContext;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationEntries;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.ExecutionScore;
import cn.gov.daxiang.perf.domain.scoring.IndicatorScore;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.ScoreCheckReport;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationLine;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import org.mapstruct.Mapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Mapper
public interface SelfEvaluationRestMapper {

    default SelfEvaluationResponse.Weights toResponse(WeightTemplate template) {
        return new SelfEvaluationResponse.Weights(template.executionRateWeight(), template.groupWeights());
    }

    default SelfEvaluationResponse.Graded toResponse(GradedScore graded) {
        return graded == null ? null : new SelfEvaluationResponse.Graded(graded.score().value(), Coded.of(graded.grade()),
                graded.schemeId().value());
    }

    /** @param context the page's names and the caller's permissions */
    default SelfEvaluationResponse toResponse(SelfEvaluationDetails details, SubmissionContext context) {
        SelfEvaluation evaluation = details.evaluation();
        Map<UUID, BigDecimal> weights = evaluation.allocatedWeights();
        Map<UUID, IndicatorScore> scores = evaluation.scoredLines();
        Map<UUID, SelfEvaluationLine> entries = new LinkedHashMap<>();
        evaluation.getLines().forEach(l -> entries.put(l.indicatorId(), l));
        List<SelfEvaluationResponse.Line> lines = evaluation.getIndicators().stream()
                .map(i -> line(i, entries.get(i.id()), weights.get(i.id()), scores.get(i.id()))).toList();
        SelfEvaluationResponse.Execution execution = evaluation.executionScore()
                .map(line -> toResponse(line, ExecutionSourceResponse.of(evaluation.getReportedExecution().orElseThrow()))).orElse(null);
        return new SelfEvaluationResponse(evaluation.getId().toString(), Coded.of(evaluation.getKind()), evaluation.getFiscalYear().value(),
                evaluation.getUnitCode().value(), context.unitName(evaluation.getUnitCode()),
                evaluation.getProjectCode().map(p -> p.value()).orElse(null), context.projectName(evaluation.getProjectCode().orElse(null)),
                evaluation.getGoal().goalId().toString(), evaluation.getGoal().version(), details.revision(), Coded.of(evaluation.getStatus()),
                context.offered(evaluation.getStatus(), evaluation.getUnitCode()).stream().map(Coded::of).toList(),
                toResponse(evaluation.getTemplate()), execution, evaluation.getOverallAchievement().orElse(null), lines,
                toResponse(details.preview()), toResponse(evaluation.getResult().orElse(null)), evaluation.missingAchievements(),
                evaluation.unexplainedDeviations().stream().map(EvaluatedIndicator::name).toList(),
                evaluation.getHistory().stream().map(ReviewStepResponse::of).toList());
    }

    default SelfEvaluationResponse.Execution toResponse(ExecutionScore line, ExecutionSourceResponse source) {
        return new SelfEvaluationResponse.Execution(line.execution().adjustedBudget().amount(), line.execution().executed().amount(),
                line.rate().map(Percentage::value).orElse(null), line.weight(), line.score().value(),
                source.source(), source.asOf(), source.provinceFigures(), source.overrideReason(), source.deviation(), source.flagged());
    }

    default SelfEvaluationResponse.Line line(EvaluatedIndicator indicator, SelfEvaluationLine entries, BigDecimal weight, IndicatorScore score) {
        Achievement achievement = entries == null ? null : entries.achievement();
        return new SelfEvaluationResponse.Line(indicator.id().toString(), indicator.level1Code(), indicator.level2Code(), indicator.name(),
                Coded.of(ValueType.valueOf(indicator.valueType().name())), Coded.of(indicator.comparator()), indicator.target(), indicator.unitOfMeasure(),
                indicator.weight(),
                achievement instanceof Achievement.Measured m ? m.actual() : null,
                achievement instanceof Achievement.Judged j ? Coded.of(j.tier()) : null,
                achievement instanceof Achievement.Judged j ? j.percentage() : null,
                entries == null ? null : entries.deviationReason(), weight,
                score == null ? null : score.score().value(), score == null ? null : score.met());
    }

    default ScoreCheckResponse toResponse(ScoreCheckReport report) {
        List<ScoreCheckResponse.GradeCount> grades = report.grades().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new ScoreCheckResponse.GradeCount(Coded.of(e.getKey()), e.getValue())).toList();
        return new ScoreCheckResponse(report.fiscalYear().value(), report.checked(), report.totalOfScores(),
                report.averageScore().map(s -> s.value()).orElse(null), grades,
                report.mismatches().stream().map(m -> new ScoreCheckResponse.Mismatch(m.evaluationId().toString(), toResponse(m.recorded()),
                        toResponse(m.recomputed()))).toList(),
                report.digest());
    }

    /** The body's shape is validated before this runs; the domain's refusals are named by their path in the body. */
    default SelfEvaluationEntries toEntries(EntriesRequest body) {
        List<SelfEvaluationEntries.Line> lines = new ArrayList<>();
        List<LineRequest> given = body.lines() == null ? List.of() : body.lines();
        for (int i = 0; i < given.size(); i++) {
            String at = "lines[" + i + "]";
            LineRequest line = given.get(i);
            lines.add(new SelfEvaluationEntries.Line(line.indicatorId(), achievement(at, line), line.deviationReason()));
        }
        return new SelfEvaluationEntries(execution("execution", body.execution()), body.overallAchievement(), lines,
                body.execution() == null ? null : body.execution().overrideReason());
    }

    /** Both figures (the request requires both) as one budget execution, in 元; null when none was sent. */
    static BudgetExecution execution(String path, ExecutionRequest request) {
        if (request == null) {
            return null;
        }
        Money budget = DomainRefusals.at(path + ".adjustedBudget", () -> new Money(request.adjustedBudget()));
        Money executed = DomainRefusals.at(path + ".executed", () -> new Money(request.executed()));
        return DomainRefusals.at(path, () -> BudgetExecution.of(budget, executed));
    }

    /** A measured value, or a tier with its percentage; both at once is ambiguous. */
    private static Achievement achievement(String path, LineRequest line) {
        if (line.actual() != null && (line.tier() != null || line.percentage() != null)) {
            throw new InvalidValueException(path, "ACHIEVEMENT_AMBIGUOUS", Map.of("field", path));
        }
        if (line.actual() != null) {
            return DomainRefusals.at(path, () -> Achievement.measured(line.actual()));
        }
        if (line.tier() == null && line.percentage() == null) {
            return null;
        }
        if (line.tier() == null) {
            throw DomainRefusals.missing(path + ".tier");
        }
        if (line.percentage() == null) {
            throw DomainRefusals.missing(path + ".percentage");
        }
        return DomainRefusals.at(path, () -> Achievement.judged(line.tier(), line.percentage()));
    }
}
