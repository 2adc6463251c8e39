package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/**
 * The unit filled its draft: achievements, deviation reasons, the budget execution or its account of the overall
 * goal; one event however many entries a change makes.
 */
public record SelfEvaluationFilled(SelfEvaluationId evaluationId) implements DomainEvent {

    public SelfEvaluationFilled {
        Objects.requireNonNull(evaluationId, "evaluationId");
    }

    @Override
    public String action() {
        return "update";
    }
}
