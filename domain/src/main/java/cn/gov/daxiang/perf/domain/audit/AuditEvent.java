package cn.gov.daxiang.perf.domain.audit;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One recorded state change: who (actor and roles), when, which object, what kind of change under
 * which action name, the fields before and after, and the request it came with. Written in the same
 * transaction as the change itself, so there is no change without its record and no record without
 * its change.
 */
public record AuditEvent(UUID id, Instant occurredAt, String actorId, Set<Role> actorRoles, String objectType,
                         String objectId, AuditKind kind, String action, List<FieldChange> changes, String requestId) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        actorRoles = Set.copyOf(actorRoles);
        changes = List.copyOf(changes);
    }

    /**
     * The record of a published event, by its action: {@code create}, {@code update} (none when no field changed),
     * {@code delete}, or a named transition; an event {@linkplain cn.gov.daxiang.perf.domain.event.DomainEvent#auditedAsTransition()
     * audited as a transition} is one whatever its action; none for an event the audit trail does not record.
     */
    public static Optional<AuditEvent> of(PublishedEvent published) {
        Actor actor = published.actor();
        if (!published.event().audited()) {
            return Optional.empty();
        }
        Instant at = published.at();
        String action = published.event().action();
        if (published.event().auditedAsTransition()) {
            return Optional.of(transitioned(actor, at, action, published.before(), published.after()));
        }
        return switch (action) {
            case "create" -> Optional.of(created(actor, at, published.after()));
            case "update" -> updated(actor, at, published.before(), published.after());
            case "delete" -> Optional.of(deleted(actor, at, published.before()));
            default -> Optional.of(transitioned(actor, at, action, published.before(), published.after()));
        };
    }

    public static AuditEvent created(Actor actor, Instant at, AuditSnapshot after) {
        return new AuditEvent(UUID.randomUUID(), at, actor.userId(), actor.roles(), after.objectType(), after.objectId(),
                AuditKind.CREATE, "create", diff(Map.of(), after.fields()), actor.requestId());
    }

    /** An update that changed at least one field; nothing to record otherwise. */
    public static Optional<AuditEvent> updated(Actor actor, Instant at, AuditSnapshot before, AuditSnapshot after) {
        requireSameObject(before, after);
        List<FieldChange> changes = diff(before.fields(), after.fields());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AuditEvent(UUID.randomUUID(), at, actor.userId(), actor.roles(), after.objectType(),
                after.objectId(), AuditKind.UPDATE, "update", changes, actor.requestId()));
    }

    /** A named state transition (submit, approve, ...): recorded even when only the state changed. */
    public static AuditEvent transitioned(Actor actor, Instant at, String action, AuditSnapshot before, AuditSnapshot after) {
        requireSameObject(before, after);
        return new AuditEvent(UUID.randomUUID(), at, actor.userId(), actor.roles(), after.objectType(), after.objectId(),
                AuditKind.TRANSITION, action.toLowerCase(Locale.ROOT), diff(before.fields(), after.fields()), actor.requestId());
    }

    public static AuditEvent deleted(Actor actor, Instant at, AuditSnapshot before) {
        return new AuditEvent(UUID.randomUUID(), at, actor.userId(), actor.roles(), before.objectType(), before.objectId(),
                AuditKind.DELETE, "delete", diff(before.fields(), Map.of()), actor.requestId());
    }

    private static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    private static void requireSameObject(AuditSnapshot before, AuditSnapshot after) {
        if (!before.objectType().equals(after.objectType()) || !before.objectId().equals(after.objectId())) {
            throw new IllegalArgumentException("snapshots of different objects: " + before.objectId() + ", " + after.objectId());
        }
    }
}
