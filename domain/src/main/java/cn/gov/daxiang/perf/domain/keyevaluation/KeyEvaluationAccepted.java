package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance accepted the report (验收); score and grade are final. */
public record KeyEvaluationAccepted(KeyEvaluationId keyEvaluationId, GradedScore result) implements DomainEvent {

    public KeyEvaluationAccepted {
        Objects.requireNonNull(keyEvaluationId, "keyEvaluationId");
    }

    @Override
    public String action() {
        return "accept";
    }
}
