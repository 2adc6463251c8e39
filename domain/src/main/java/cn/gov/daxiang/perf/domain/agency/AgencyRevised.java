package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance changed an agency's name, credit code, contact or active flag. */
public record AgencyRevised(AgencyId agencyId) implements DomainEvent {

    public AgencyRevised {
        Objects.requireNonNull(agencyId, "agencyId");
    }

    @Override
    public String action() {
        return "update";
    }
}
