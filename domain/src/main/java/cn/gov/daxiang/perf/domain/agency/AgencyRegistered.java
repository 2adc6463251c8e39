package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance registered a third-party agency (第三方机构). */
public record AgencyRegistered(AgencyId agencyId) implements DomainEvent {

    public AgencyRegistered {
        Objects.requireNonNull(agencyId, "agencyId");
    }

    @Override
    public String action() {
        return "create";
    }
}
