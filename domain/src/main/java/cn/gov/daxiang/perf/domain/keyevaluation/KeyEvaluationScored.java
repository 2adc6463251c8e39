package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** The agency recorded scores of level-3 indicators (one whole score sheet). */
public record KeyEvaluationScored(KeyEvaluationId keyEvaluationId, int scoredIndicators) implements DomainEvent {

    public KeyEvaluationScored {
        Objects.requireNonNull(keyEvaluationId, "keyEvaluationId");
    }

    @Override
    public String action() {
        return "score";
    }
}
