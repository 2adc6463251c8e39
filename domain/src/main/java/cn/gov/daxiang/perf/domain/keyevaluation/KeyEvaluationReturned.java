package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance returned the report for rework (退回). */
public record KeyEvaluationReturned(KeyEvaluationId keyEvaluationId, int round) implements DomainEvent {

    public KeyEvaluationReturned {
        Objects.requireNonNull(keyEvaluationId, "keyEvaluationId");
    }

    @Override
    public String action() {
        return "return";
    }
}
