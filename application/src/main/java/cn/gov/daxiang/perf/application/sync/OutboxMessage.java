package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A report waiting to reach the province, written in the transaction of the change it reports (the
 * transactional outbox). Its idempotency key never changes, so the province recognises a message offered
 * twice (a retry after a lost answer, a node that died between delivery and bookkeeping) and keeps it once.
 *
 * <p>Lifecycle: PENDING → SENT when delivered; a failed delivery counts an attempt and waits
 * ({@link Backoff}) before the next; after the policy's last attempt, or at once when the province refuses the
 * message as such (a poison message), it becomes a DEAD_LETTER, which a person may send back to PENDING.
 */
public final class OutboxMessage implements Auditable, RecordsEvents {

    /** The type the audit trail names a message by (a person's retry of a dead letter is audited). */
    public static final String AUDIT_TYPE = "outbox-message";
    public static final int ERROR_MAX_LENGTH = 1000;
    private static final Pattern MESSAGE_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public enum Action { DELIVER, FAIL, RETRY }

    private final OutboxMessageId id;
    private final String messageType;
    private final String subjectType;
    private final String subjectId;
    private final String payload;
    private final String idempotencyKey;
    private final Instant createdAt;
    private OutboxState state;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant sentAt;
    private final RecordedEvents events = new RecordedEvents();

    private OutboxMessage(OutboxMessageId id, String messageType, String subjectType, String subjectId, String payload,
                          String idempotencyKey, Instant createdAt, OutboxState state, int attempts, Instant nextAttemptAt,
                          String lastError, Instant sentAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.messageType = Objects.requireNonNull(messageType, "messageType");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = Objects.requireNonNull(state, "state");
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.lastError = lastError;
        this.sentAt = sentAt;
    }

    /** A new message, due at once, with its payload as the wire contract writes it. */
    public static OutboxMessage of(String messageType, String subjectType, String subjectId, String payload, Instant now) {
        if (messageType == null || !MESSAGE_TYPE.matcher(messageType).matches()) {
            throw new RuleViolationException("REPORT_MESSAGE_TYPE_MALFORMED", Map.of("messageType", String.valueOf(messageType)));
        }
        OutboxMessageId id = OutboxMessageId.random();
        return new OutboxMessage(id, messageType, subjectType, subjectId, payload, "daxiang-" + id.value(), now,
                OutboxState.PENDING, 0, now, null, null);
    }

    public static OutboxMessage reconstitute(OutboxMessageId id, String messageType, String subjectType, String subjectId,
                                             String payload, String idempotencyKey, Instant createdAt, OutboxState state,
                                             int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
        return new OutboxMessage(id, messageType, subjectType, subjectId, payload, idempotencyKey, createdAt, state,
                attempts, nextAttemptAt, lastError, sentAt);
    }

    /** Whether the publisher should offer it now. */
    public boolean isDue(Instant now) {
        return state == OutboxState.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * The province has it (newly accepted, or already known under its idempotency key). Idempotent: a message
     * already SENT stays as it is.
     */
    public void delivered(Instant now) {
        if (state == OutboxState.SENT) {
            return;
        }
        if (state != OutboxState.PENDING) {
            throw illegal(Action.DELIVER);
        }
        attempts++;
        state = OutboxState.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * An attempt failed. A transient failure (timeout, 5xx, connection lost, circuit open) waits for the next
     * attempt unless it was the last; a permanent one (the province refused this message) makes it a dead letter at once.
     *
     * @param random in [0, 1), the jitter of the wait
     */
    public void deliveryFailed(Instant now, String error, boolean permanent, RetryPolicy policy, double random) {
        if (state != OutboxState.PENDING) {
            throw illegal(Action.FAIL);
        }
        attempts++;
        lastError = shorten(error);
        if (permanent || attempts >= policy.maxAttempts()) {
            state = OutboxState.DEAD_LETTER;
            nextAttemptAt = null;
        } else {
            Duration wait = policy.backoff().delay(attempts, random);
            nextAttemptAt = now.plus(wait);
        }
    }

    /** A person sends a dead letter back: due at once, with a fresh count of attempts and the same idempotency key. */
    public void retry(Instant now) {
        if (state != OutboxState.DEAD_LETTER) {
            throw illegal(Action.RETRY);
        }
        state = OutboxState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        events.record(new DeadLetterRetried(id, messageType));
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("state", state.name());
        fields.put("attempts", Integer.toString(attempts));
        fields.put("messageType", messageType);
        fields.put("lastError", lastError);
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    private IllegalTransitionException illegal(Action action) {
        List<String> allowed = switch (state) {
            case PENDING -> List.of(Action.DELIVER.name(), Action.FAIL.name());
            case SENT -> List.of();
            case DEAD_LETTER -> List.of(Action.RETRY.name());
        };
        return new IllegalTransitionException("OUTBOX_MESSAGE_ILLEGAL_TRANSITION", state.name(), action.name(), allowed);
    }

    private static String shorten(String text) {
        String t = text == null || text.isBlank() ? "unknown error" : text;
        return t.length() <= ERROR_MAX_LENGTH ? t : t.substring(0, ERROR_MAX_LENGTH - 1) + "…";
    }

    public OutboxMessageId getId() {
        return id;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getPayload() {
        return payload;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Optional<Instant> getNextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }
}
