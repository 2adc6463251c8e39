package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** The agency recorded its findings (问题) and suggestions (建议). */
public record KeyEvaluationFindingsRecorded(KeyEvaluationId keyEvaluationId, int findings, int suggestions) implements DomainEvent {

    public KeyEvaluationFindingsRecorded {
        Objects.requireNonNull(keyEvaluationId, "keyEvaluationId");
    }

    @Override
    public String action() {
        return "record-findings";
    }
}
