package cn.gov.daxiang.perf.adapter.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An audit event row. Append-only: written once, never updated, hence no @Version. */
@Entity
@Table(name = "audit_event")
public class AuditEventJpaEntity {

    /** Insertion order, for a stable newest-first listing of events of the same instant. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 500)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "actor_id", nullable = false, updatable = false, length = 100)
    public String actorId;

    @Column(name = "actor_roles", nullable = false, updatable = false, length = 200)
    public String actorRoles;

    @Column(name = "object_type", nullable = false, updatable = false, length = 50)
    public String objectType;

    @Column(name = "object_id", nullable = false, updatable = false, length = 100)
    public String objectId;

    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    public String kind;

    @Column(name = "action", nullable = false, updatable = false, length = 50)
    public String action;

    @Column(name = "changes", nullable = false, updatable = false, length = 1_000_000)
    public String changes;

    @Column(name = "request_id", updatable = false, length = 64)
    public String requestId;
}
