package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** The agency submitted its report; the service totalled and graded the scores. */
public record KeyEvaluationSubmitted(KeyEvaluationId keyEvaluationId, int round, GradedScore result) implements DomainEvent {

    public KeyEvaluationSubmitted {
        Objects.requireNonNull(keyEvaluationId, "keyEvaluationId");
    }

    @Override
    public String action() {
        return "submit";
    }
}
