package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewStep;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.IndicatorScore;
import cn.gov.daxiang.perf.domain.scoring.ScoreSheet;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import cn.gov.daxiang.perf.domain.sync.JsonPayload;
import cn.gov.daxiang.perf.domain.sync.ProvincialReport;

import java.util.List;
import java.util.Objects;

/**
 * Tells the province that finance approved a self-evaluation (自评结果): the recorded score, grade and scheme,
 * the budget execution and every indicator's 完成值 and 得分, so that the province holds the same result the
 * district applies to next year's budget.
 */
public record SelfEvaluationCompletedReport(SelfEvaluation evaluation, String mofDivCode) implements ProvincialReport {

    public static final String MESSAGE_TYPE = "self-evaluation.completed";

    public SelfEvaluationCompletedReport {
        Objects.requireNonNull(evaluation, "evaluation");
        if (!evaluation.isCompleted()) {
            throw new IllegalArgumentException("self-evaluation " + evaluation.getId() + " is not completed");
        }
    }

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public String subjectType() {
        return SelfEvaluation.AUDIT_TYPE;
    }

    @Override
    public String subjectId() {
        return evaluation.getId().toString();
    }

    @Override
    public JsonPayload payload() {
        var result = evaluation.getResult().orElseThrow();
        ScoreSheet sheet = evaluation.scoreSheet();
        return JsonPayload.object()
                .put("mof_div_code", mofDivCode)
                .put("fiscal_year", evaluation.getFiscalYear().value())
                .put("evaluation_id", evaluation.getId().toString())
                .put("evaluation_kind", evaluation.getKind().name())
                .put("agency_code", evaluation.getUnitCode().value())
                .put("pro_code", evaluation.getProjectCode().map(ProjectCode::value).orElse(null))
                .put("goal_id", evaluation.getGoal().goalId().toString())
                .put("goal_version", evaluation.getGoal().version())
                .put("score", result.score().value())
                .put("grade", result.grade().name())
                .put("grade_scheme", result.schemeId().value())
                .put("adjusted_budget", sheet.execution().execution().adjustedBudget())
                .put("executed", sheet.execution().execution().executed())
                .put("execution_rate", sheet.execution().rate().map(Percentage::value).orElse(null))
                .put("execution_score", sheet.execution().score().value())
                .put("overall_achievement", evaluation.getOverallAchievement().orElse(null))
                .put("completed_at", completedAt())
                .put("indicators", lines(sheet));
    }

    private java.time.Instant completedAt() {
        List<ReviewStep> history = evaluation.getHistory();
        return history.stream().filter(s -> s.action() == ReviewAction.FINANCE_APPROVE)
                .reduce((first, second) -> second).map(ReviewStep::at).orElse(null);
    }

    private List<JsonPayload> lines(ScoreSheet sheet) {
        return evaluation.getIndicators().stream().map(indicator -> {
            SelfEvaluationLine line = evaluation.getLines().stream().filter(l -> l.indicatorId().equals(indicator.id()))
                    .findFirst().orElseThrow();
            IndicatorScore scored = sheet.indicator(indicator.id()).orElseThrow();
            JsonPayload payload = JsonPayload.object()
                    .put("indicator_id", indicator.id().toString())
                    .put("name", indicator.name())
                    .put("weight", scored.weight())
                    .put("score", scored.score().value())
                    .put("met", scored.met())
                    .put("deviation_reason", line.deviationReason());
            if (line.achievement() instanceof Achievement.Measured measured) {
                payload.put("actual_value", measured.actual());
            } else if (line.achievement() instanceof Achievement.Judged judged) {
                payload.put("actual_tier", judged.tier().name()).put("tier_percentage", judged.percentage());
            }
            return payload;
        }).toList();
    }
}
