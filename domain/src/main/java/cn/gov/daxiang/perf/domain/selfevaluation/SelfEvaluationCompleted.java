package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.ExecutionScore;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.IndicatorScore;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finance approved a self-evaluation: it is complete (审核通过). It carries the result the district applies to next
 * year's budget, since the province must hold the same: score, grade and scheme, the budget execution and its score,
 * and every indicator's entry and score.
 *
 * @param projectCode        null for a department's overall evaluation
 * @param overallAchievement the unit's account of the overall goal; null when none was given
 * @param lines              one per indicator, in the goal's order
 */
public record SelfEvaluationCompleted(SelfEvaluationId evaluationId, SelfEvaluationKind kind, FiscalYear fiscalYear,
                                      UnitCode unitCode, ProjectCode projectCode, GoalVersionReference goal, GradedScore result,
                                      ExecutionScore execution, String overallAchievement, Instant completedAt,
                                      List<Line> lines) implements DomainEvent {

    public SelfEvaluationCompleted {
        Objects.requireNonNull(evaluationId, "evaluationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(completedAt, "completedAt");
        lines = List.copyOf(lines);
    }

    /** An indicator with what the unit entered (the achievement, a deviation reason if any) and its score. */
    public record Line(EvaluatedIndicator indicator, Achievement achievement, String deviationReason, IndicatorScore score) {

        public Line {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(achievement, "achievement");
            Objects.requireNonNull(score, "score");
        }

        public Optional<String> deviationReasonIfAny() {
            return Optional.ofNullable(deviationReason);
        }
    }

    public Optional<ProjectCode> projectCodeIfAny() {
        return Optional.ofNullable(projectCode);
    }

    public Optional<String> overallAchievementIfAny() {
        return Optional.ofNullable(overallAchievement);
    }

    @Override
    public String action() {
        return "finance_approve";
    }
}
