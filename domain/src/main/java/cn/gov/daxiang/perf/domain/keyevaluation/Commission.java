package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.review.ActorId;

import java.time.Instant;
import java.util.Objects;

/** The agency commissioned (委托), by whom and when. */
public record Commission(AgencyId agency, ActorId commissionedBy, Instant commissionedAt) {

    public Commission {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(commissionedBy, "commissionedBy");
        Objects.requireNonNull(commissionedAt, "commissionedAt");
    }
}
