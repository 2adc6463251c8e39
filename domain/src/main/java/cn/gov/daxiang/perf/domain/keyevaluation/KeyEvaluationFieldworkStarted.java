package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** The agency started fieldwork (现场评价); the indicators are fixed from now on. */
public record KeyEvaluationFieldworkStarted(KeyEvaluationId keyEvaluationId) implements DomainEvent {

    public KeyEvaluationFieldworkStarted {
        Objects.requireNonNull(keyEvaluationId, "keyEvaluationId");
    }

    @Override
    public String action() {
        return "start-fieldwork";
    }
}
