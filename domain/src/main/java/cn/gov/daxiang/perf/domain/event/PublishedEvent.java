package cn.gov.daxiang.perf.domain.event;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as subscribers receive it: who caused it, when, and the object it happened to as the audit trail sees
 * it just before and just after the change (no {@code before} for a creation, no {@code after} for a deletion).
 */
public record PublishedEvent(DomainEvent event, Actor actor, Instant at, AuditSnapshot before, AuditSnapshot after) {

    public PublishedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (before == null && after == null) {
            throw new IllegalArgumentException("event " + event + " has neither a before nor an after snapshot");
        }
    }

    public Optional<AuditSnapshot> beforeIfAny() {
        return Optional.ofNullable(before);
    }

    public Optional<AuditSnapshot> afterIfAny() {
        return Optional.ofNullable(after);
    }
}
