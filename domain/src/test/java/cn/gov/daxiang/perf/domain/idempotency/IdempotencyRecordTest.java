package cn.gov.daxiang.perf.domain.idempotency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyRecordTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T08:00:00Z");
    private static final IdempotencyKey KEY = IdempotencyKey.of("issue-campaign-7");
    private static final RequestFingerprint REQUEST = new RequestFingerprint("a".repeat(64));
    private static final RequestFingerprint OTHER_REQUEST = new RequestFingerprint("b".repeat(64));
    private static final StoredAnswer CREATED_ANSWER = new StoredAnswer(201, "application/json",
            "{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_8), "http://localhost/api/v1/campaigns/c-1", "\"0\"");

    private final IdempotencyRecord record = IdempotencyRecord.of("finance-admin", KEY, REQUEST, CREATED, CREATED_ANSWER);

    @Test
    void theSameRequestWithin24HoursGetsTheStoredAnswer() {
        assertThat(record.replayFor(REQUEST, CREATED)).contains(CREATED_ANSWER);
        assertThat(record.replayFor(REQUEST, CREATED.plus(Duration.ofHours(23)).plusSeconds(3599))).contains(CREATED_ANSWER);
    }

    @Test
    void anotherRequestWithTheSameKeyWithin24HoursIsRefused() {
        assertThatThrownBy(() -> record.replayFor(OTHER_REQUEST, CREATED.plusSeconds(5)))
                .isInstanceOfSatisfying(IdempotencyKeyReusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
                    assertThat(e.arguments()).containsEntry("key", "issue-campaign-7").containsEntry("hours", 24L);
                });
    }

    @Test
    void from24HoursOnTheRecordCountsAsAbsentForAnyRequest() {
        Instant dayLater = CREATED.plus(Duration.ofHours(24));
        assertThat(record.expiresAt()).isEqualTo(dayLater);
        assertThat(record.isExpiredAt(dayLater.minusMillis(1))).isFalse();
        assertThat(record.isExpiredAt(dayLater)).isTrue();
        assertThat(record.replayFor(REQUEST, dayLater)).isEmpty();
        assertThat(record.replayFor(OTHER_REQUEST, dayLater.plusSeconds(1))).isEmpty();
    }

    @Test
    void onlySuccessfulAnswersAreKept() {
        assertThat(new StoredAnswer(200, null, null, null, null).successful()).isTrue();
        assertThat(new StoredAnswer(299, null, null, null, null).successful()).isTrue();
        assertThat(new StoredAnswer(400, null, null, null, null).successful()).isFalse();
        assertThat(new StoredAnswer(409, null, null, null, null).successful()).isFalse();
        assertThat(new StoredAnswer(500, null, null, null, null).successful()).isFalse();
        assertThatThrownBy(() -> IdempotencyRecord.of("finance-admin", KEY, REQUEST, CREATED,
                new StoredAnswer(422, "application/problem+json", new byte[1], null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredAnswerKeepsItsOwnCopyOfTheBody() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        StoredAnswer answer = new StoredAnswer(201, "application/json", body, null, null);
        body[0] = 'x';
        answer.body()[1] = 'y';
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(answer).isEqualTo(new StoredAnswer(201, "application/json", "{}".getBytes(StandardCharsets.UTF_8), null, null));
    }

    @Test
    void theCallerScopeIsRequiredAndBounded() {
        assertThatThrownBy(() -> IdempotencyRecord.of(" ", KEY, REQUEST, CREATED, CREATED_ANSWER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdempotencyRecord.of("u".repeat(256), KEY, REQUEST, CREATED, CREATED_ANSWER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFingerprintIsASha256DigestInHex() {
        assertThat(new RequestFingerprint("0123456789abcdef".repeat(4)).value()).hasSize(64);
        assertThatThrownBy(() -> new RequestFingerprint("ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestFingerprint("g".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }
}
