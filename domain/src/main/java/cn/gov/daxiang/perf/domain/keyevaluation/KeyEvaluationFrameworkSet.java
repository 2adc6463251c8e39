package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** A framework version was copied into the evaluation, or its indicators and points were adjusted. */
public record KeyEvaluationFrameworkSet(KeyEvaluationId keyEvaluationId, FrameworkReference framework) implements DomainEvent {

    public KeyEvaluationFrameworkSet {
        Objects.requireNonNull(keyEvaluationId, "keyEvaluationId");
    }

    @Override
    public String action() {
        return "set-framework";
    }
}
