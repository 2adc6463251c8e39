package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.review.ActorId;

import java.util.Objects;

/** Finance took an evaluator off an agency's roster. */
public record AgencyEvaluatorRemoved(AgencyId agencyId, ActorId userId) implements DomainEvent {

    public AgencyEvaluatorRemoved {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(userId, "userId");
    }

    @Override
    public String action() {
        return "remove-evaluator";
    }
}
