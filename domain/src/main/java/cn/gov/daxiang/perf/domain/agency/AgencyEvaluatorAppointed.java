package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.review.ActorId;

import java.util.Objects;

/** Finance put an evaluator on an agency's roster. */
public record AgencyEvaluatorAppointed(AgencyId agencyId, ActorId userId) implements DomainEvent {

    public AgencyEvaluatorAppointed {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(userId, "userId");
    }

    @Override
    public String action() {
        return "appoint-evaluator";
    }
}
