package cn.gov.daxiang.perf.adapter.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "outbox_message")
public class OutboxMessageJpaEntity {

    /** Insertion order: the publisher delivers oldest first. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @NaturalId
    @Column(name = "message_id", nullable = false, updatable = false)
    public UUID messageId;

    @Column(name = "message_type", nullable = false, updatable = false, length = 100)
    public String messageType;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 50)
    public String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 100)
    public String subjectId;

    @Column(name = "payload", nullable = false, updatable = false, length = 100_000)
    public String payload;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 100)
    public String idempotencyKey;

    @Column(name = "state", nullable = false, length = 20)
    public String state;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
