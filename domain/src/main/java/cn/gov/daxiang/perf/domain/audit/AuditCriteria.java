package cn.gov.daxiang.perf.domain.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

/** Which audit events a list should hold; every criterion is optional (null). Times: from inclusive, to exclusive. */
public record AuditCriteria(String objectType, String objectId, String actorId, Instant from, Instant to) {

    public AuditCriteria {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "TIME_RANGE_EMPTY", Map.of("from", from.toString(), "to", to.toString()));
        }
    }

    public static AuditCriteria any() {
        return new AuditCriteria(null, null, null, null, null);
    }

    public Optional<String> objectTypeFilter() {
        return Optional.ofNullable(objectType);
    }

    public Optional<String> objectIdFilter() {
        return Optional.ofNullable(objectId);
    }

    public Optional<String> actorFilter() {
        return Optional.ofNullable(actorId);
    }

    public Optional<Instant> fromFilter() {
        return Optional.ofNullable(from);
    }

    public Optional<Instant> toFilter() {
        return Optional.ofNullable(to);
    }
}
