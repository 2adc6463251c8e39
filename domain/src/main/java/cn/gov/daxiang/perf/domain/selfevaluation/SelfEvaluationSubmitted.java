package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.grade.GradedScore;

import java.util.Objects;

/** The unit submitted its self-evaluation; the score, the grade and the scheme that graded it are recorded. */
public record SelfEvaluationSubmitted(SelfEvaluationId evaluationId, GradedScore result) implements DomainEvent {

    public SelfEvaluationSubmitted {
        Objects.requireNonNull(evaluationId, "evaluationId");
        Objects.requireNonNull(result, "result");
    }

    @Override
    public String action() {
        return "submit";
    }
}
