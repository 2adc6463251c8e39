package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxMessageTest {

    private static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(3, new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5)));

    private static final String PAYLOAD = "{\"pro_code\":\"43050324T000000000101\",\"goal_name\":\"老旧小区改造\"}";

    private static OutboxMessage pending() {
        return OutboxMessage.of("goal.approved", "performance-goal", "G-1", PAYLOAD, T);
    }

    @Test
    void aNewMessageIsPendingDueAtOnceWithAStableIdempotencyKey() {
        OutboxMessage message = pending();
        assertThat(message.getState()).isEqualTo(OutboxState.PENDING);
        assertThat(message.isDue(T)).isTrue();
        assertThat(message.getIdempotencyKey()).isEqualTo("daxiang-" + message.getId());
        assertThat(message.getPayload()).isEqualTo("{\"pro_code\":\"43050324T000000000101\",\"goal_name\":\"老旧小区改造\"}");
    }

    @Test
    void aMessageTypeMustBeADottedLowerCaseName() {
        assertThatThrownBy(() -> OutboxMessage.of("GoalApproved", "performance-goal", "G-1", PAYLOAD, T)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("REPORT_MESSAGE_TYPE_MALFORMED"));
    }

    @Test
    void deliveryMakesItSentAndDeliveringAgainChangesNothing() {
        OutboxMessage message = pending();
        message.delivered(T.plusSeconds(1));
        message.delivered(T.plusSeconds(9));
        assertThat(message.getState()).isEqualTo(OutboxState.SENT);
        assertThat(message.getSentAt()).contains(T.plusSeconds(1));
        assertThat(message.getAttempts()).isEqualTo(1);
        assertThat(message.isDue(T.plusSeconds(10))).isFalse();
    }

    @Test
    void aTransientFailureWaitsWithBackoffBeforeTheNextAttempt() {
        OutboxMessage message = pending();
        message.deliveryFailed(T, "503 Service Unavailable", false, POLICY, 0.0);
        assertThat(message.getState()).isEqualTo(OutboxState.PENDING);
        assertThat(message.getAttempts()).isEqualTo(1);
        assertThat(message.getNextAttemptAt()).contains(T.plusSeconds(5));
        assertThat(message.isDue(T.plusSeconds(4))).isFalse();
        assertThat(message.isDue(T.plusSeconds(5))).isTrue();
        message.deliveryFailed(T.plusSeconds(5), "timeout", false, POLICY, 0.999_999_9);
        assertThat(message.getNextAttemptAt()).as("second wait: at most the doubled ceiling of 20 s").contains(T.plusSeconds(25));
        assertThat(message.getLastError()).contains("timeout");
    }

    @Test
    void theLastAllowedAttemptFailingMakesItADeadLetter() {
        OutboxMessage message = pending();
        for (int i = 0; i < POLICY.maxAttempts(); i++) {
            message.deliveryFailed(T, "503", false, POLICY, 0.5);
        }
        assertThat(message.getState()).isEqualTo(OutboxState.DEAD_LETTER);
        assertThat(message.getNextAttemptAt()).isEmpty();
        assertThat(message.isDue(T.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aPermanentRejectionIsADeadLetterAtOnce() {
        OutboxMessage message = pending();
        message.deliveryFailed(T, "422 pro_code unknown", true, POLICY, 0.5);
        assertThat(message.getState()).isEqualTo(OutboxState.DEAD_LETTER);
        assertThat(message.getAttempts()).isEqualTo(1);
    }

    @Test
    void aDeadLetterSentBackIsDueAtOnceWithFreshAttemptsAndTheSameKey() {
        OutboxMessage message = pending();
        String key = message.getIdempotencyKey();
        message.deliveryFailed(T, "422", true, POLICY, 0.5);
        message.retry(T.plusSeconds(60));
        assertThat(message.getState()).isEqualTo(OutboxState.PENDING);
        assertThat(message.getAttempts()).isZero();
        assertThat(message.isDue(T.plusSeconds(60))).isTrue();
        assertThat(message.getIdempotencyKey()).isEqualTo(key);
    }

    @Test
    void onlyDeadLettersCanBeRetriedAndTheRefusalNamesWhatIsAllowed() {
        OutboxMessage message = pending();
        assertThatThrownBy(() -> message.retry(T)).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.code()).isEqualTo("OUTBOX_MESSAGE_ILLEGAL_TRANSITION");
            assertThat(e.state()).isEqualTo("PENDING");
            assertThat(e.allowed()).containsExactly("DELIVER", "FAIL");
        });
        message.delivered(T);
        assertThatThrownBy(() -> message.deliveryFailed(T, "x", false, POLICY, 0.1)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aRetryRecordsOneEventAndTheAuditSnapshotShowsStateAttemptsAndError() {
        OutboxMessage message = pending();
        message.deliveryFailed(T, "bad \"payload\"", true, POLICY, 0.5);
        assertThat(message.auditSnapshot().fields()).containsEntry("state", "DEAD_LETTER").containsEntry("attempts", "1")
                .containsEntry("lastError", "bad \"payload\"").containsEntry("messageType", message.getMessageType());
        assertThat(message.pullEvents()).isEmpty();

        message.retry(T.plusSeconds(60));

        assertThat(message.pullEvents()).containsExactly(new DeadLetterRetried(message.getId(), message.getMessageType()));
        assertThat(message.auditSnapshot().objectType()).isEqualTo("outbox-message");
        assertThat(message.auditSnapshot().fields()).containsEntry("state", "PENDING").containsEntry("attempts", "0");
    }
}
