package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance commissioned an agency (委托第三方机构). */
public record KeyEvaluationCommissioned(KeyEvaluationId keyEvaluationId, AgencyId agency) implements DomainEvent {

    public KeyEvaluationCommissioned {
        Objects.requireNonNull(keyEvaluationId, "keyEvaluationId");
    }

    @Override
    public String action() {
        return "commission";
    }
}
