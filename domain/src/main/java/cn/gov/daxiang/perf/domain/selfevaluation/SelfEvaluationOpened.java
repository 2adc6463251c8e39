package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;

import java.util.Objects;

/** A unit opened the self-evaluation (绩效自评) of an approved goal version: a draft with the weights of its kind and year. */
public record SelfEvaluationOpened(SelfEvaluationId evaluationId, SelfEvaluationKind kind, GoalVersionReference goal)
        implements DomainEvent {

    public SelfEvaluationOpened {
        Objects.requireNonNull(evaluationId, "evaluationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(goal, "goal");
    }

    @Override
    public String action() {
        return "create";
    }
}
