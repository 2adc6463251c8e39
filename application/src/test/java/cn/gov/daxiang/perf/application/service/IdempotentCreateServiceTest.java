package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.fake.InMemoryIdempotencyRecordStore;
import cn.gov.daxiang.perf.application.port.in.idempotency.CreateOnceCommand;
import cn.gov.daxiang.perf.application.port.in.idempotency.IdempotentOutcome;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKey;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKeyReusedException;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyRecord;
import cn.gov.daxiang.perf.domain.idempotency.RequestFingerprint;
import cn.gov.daxiang.perf.domain.idempotency.StoredAnswer;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentCreateServiceTest {

    private static final IdempotencyKey KEY = IdempotencyKey.of("f47ac10b-58cc-4372-a567-0e02b2c3d479");
    private static final RequestFingerprint REQUEST = new RequestFingerprint("1".repeat(64));
    private static final RequestFingerprint OTHER_REQUEST = new RequestFingerprint("2".repeat(64));

    private final MovableClock clock = new MovableClock(Instant.parse("2025-04-01T01:00:00Z"));
    private final InMemoryIdempotencyRecordStore store = new InMemoryIdempotencyRecordStore();
    private final IdempotentCreateService service = new IdempotentCreateService(new IdempotencySteps(store, clock), clock);
    private final AtomicInteger creates = new AtomicInteger();

    private Supplier<StoredAnswer> create() {
        return () -> {
            int n = creates.incrementAndGet();
            return new StoredAnswer(201, "application/json", ("{\"id\":" + n + "}").getBytes(StandardCharsets.UTF_8), "/things/" + n, "\"0\"");
        };
    }

    private static CreateOnceCommand request(String caller, RequestFingerprint fingerprint) {
        return new CreateOnceCommand(caller, KEY, fingerprint);
    }

    @Test
    void theFirstRequestCreatesAndARepeatGetsTheSameAnswerWithoutCreatingAgain() {
        IdempotentOutcome first = service.createOnce(request("finance-admin", REQUEST), create());
        IdempotentOutcome repeat = service.createOnce(request("finance-admin", REQUEST), create());

        assertThat(creates).hasValue(1);
        assertThat(first.replayed()).isFalse();
        assertThat(repeat.replayed()).isTrue();
        assertThat(repeat.answer()).isEqualTo(first.answer());
        assertThat(store.records).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndCreatesNothing() {
        service.createOnce(request("finance-admin", REQUEST), create());
        assertThatThrownBy(() -> service.createOnce(request("finance-admin", OTHER_REQUEST), create()))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(creates).hasValue(1);
    }

    @Test
    void anotherCallersSameKeyIsItsOwn() {
        IdempotentOutcome admin = service.createOnce(request("finance-admin", REQUEST), create());
        IdempotentOutcome reviewer = service.createOnce(request("finance-reviewer", REQUEST), create());
        assertThat(creates).hasValue(2);
        assertThat(reviewer.replayed()).isFalse();
        assertThat(reviewer.answer()).isNotEqualTo(admin.answer());
    }

    @Test
    void aDuplicateThatLosesTheRaceForTheKeyReplaysTheWinnersAnswer() {
        StoredAnswer winners = new StoredAnswer(201, "application/json", "{\"id\":\"winner\"}".getBytes(StandardCharsets.UTF_8), "/things/w", "\"0\"");
        store.beforeNextClaim = () -> store.records.put(List.of("finance-admin", KEY.value()),
                IdempotencyRecord.of("finance-admin", KEY, REQUEST, clock.instant(), winners));

        IdempotentOutcome outcome = service.createOnce(request("finance-admin", REQUEST), create());

        assertThat(creates).hasValue(0);
        assertThat(outcome.replayed()).isTrue();
        assertThat(outcome.answer()).isEqualTo(winners);
    }

    @Test
    void aRefusedCreateIsNotStoredAndItsRetryWithTheSameKeyRuns() {
        assertThatThrownBy(() -> service.createOnce(request("finance-admin", REQUEST), () -> {
            throw new InvalidValueException("title", "TEXT_REQUIRED", Map.of());
        })).isInstanceOf(InvalidValueException.class);
        IdempotentOutcome notKept = service.createOnce(request("finance-admin", REQUEST),
                () -> new StoredAnswer(422, "application/problem+json", new byte[]{'{', '}'}, null, null));
        assertThat(notKept.answer().status()).isEqualTo(422);
        assertThat(store.records).isEmpty();

        IdempotentOutcome retry = service.createOnce(request("finance-admin", REQUEST), create());
        assertThat(retry.replayed()).isFalse();
        assertThat(creates).hasValue(1);
    }

    @Test
    void after24HoursTheKeyCountsAsAbsentAndTheRequestCreatesAnew() {
        IdempotentOutcome first = service.createOnce(request("finance-admin", REQUEST), create());
        clock.advance(Duration.ofHours(23));
        assertThat(service.createOnce(request("finance-admin", REQUEST), create()).replayed()).isTrue();
        clock.advance(Duration.ofHours(1));

        IdempotentOutcome anew = service.createOnce(request("finance-admin", OTHER_REQUEST), create());

        assertThat(anew.replayed()).isFalse();
        assertThat(anew.answer()).isNotEqualTo(first.answer());
        assertThat(creates).hasValue(2);
        assertThat(store.records.get(List.of("finance-admin", KEY.value())).fingerprint()).isEqualTo(OTHER_REQUEST);
    }

    @Test
    void expiredRecordsArePurgedAtMostOnceAnHourAfterACreate() {
        service.createOnce(new CreateOnceCommand("a", IdempotencyKey.of("old"), REQUEST), create());
        assertThat(store.purges).isEqualTo(1);
        clock.advance(Duration.ofHours(25));
        service.createOnce(new CreateOnceCommand("a", IdempotencyKey.of("new-1"), REQUEST), create());
        assertThat(store.purges).isEqualTo(2);
        assertThat(store.records.keySet()).containsExactly(List.of("a", "new-1"));
        clock.advance(Duration.ofMinutes(59));
        service.createOnce(new CreateOnceCommand("a", IdempotencyKey.of("new-2"), REQUEST), create());
        assertThat(store.purges).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        service.createOnce(new CreateOnceCommand("a", IdempotencyKey.of("new-3"), REQUEST), create());
        assertThat(store.purges).isEqualTo(3);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
