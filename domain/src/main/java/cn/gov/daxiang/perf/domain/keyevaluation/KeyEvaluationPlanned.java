package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Objects;

/** Finance planned a key evaluation (重点评价) for a plan year. */
public record KeyEvaluationPlanned(KeyEvaluationId keyEvaluationId, FiscalYear fiscalYear, SubjectKind subjectKind) implements DomainEvent {

    public KeyEvaluationPlanned {
        Objects.requireNonNull(keyEvaluationId, "keyEvaluationId");
    }

    @Override
    public String action() {
        return "create";
    }
}
