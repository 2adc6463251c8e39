package cn.gov.daxiang.perf.adapter.rest.ratelimit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token bucket's arithmetic, on a clock the test moves (no sleeps). */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    /** A clock that only moves when told to. */
    static final class ManualTicker implements Ticker {
        long now = 123 * SECOND;

        @Override
        public long nanos() {
            return now;
        }

        void advance(long nanos) {
            now += nanos;
        }
    }

    private final ManualTicker ticker = new ManualTicker();

    @Test
    void aNewCallerMaySendTheWholeBurstAtOnceAndTheNextRequestIsRefused() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(60, 5), ticker, 100);
        for (int i = 4; i >= 0; i--) {
            RateLimitDecision decision = limiter.acquire("a");
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(i);
        }
        RateLimitDecision refused = limiter.acquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.secondsUntilFull()).isEqualTo(5);
    }

    @Test
    void tokensComeBackAtTheRateOfRequestsPerMinute() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(6, 1), ticker, 100); // one token per 10 s
        assertThat(limiter.acquire("a").allowed()).isTrue();
        ticker.advance(10 * SECOND - 1);
        assertThat(limiter.acquire("a").allowed()).as("one nanosecond early").isFalse();
        ticker.advance(1);
        assertThat(limiter.acquire("a").allowed()).isTrue();
    }

    @Test
    void aRefusedRequestCostsNothing() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(6, 1), ticker, 100);
        limiter.acquire("a");
        ticker.advance(5 * SECOND);
        assertThat(limiter.acquire("a").allowed()).isFalse();
        ticker.advance(5 * SECOND);
        assertThat(limiter.acquire("a").allowed()).as("the refused request did not push the refill back").isTrue();
    }

    @Test
    void anIdleBucketRefillsNoFurtherThanTheBurst() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(600, 3), ticker, 100);
        limiter.acquire("a");
        ticker.advance(3600 * SECOND);
        assertThat(limiter.acquire("a").remaining()).isEqualTo(2);
        assertThat(limiter.acquire("a").remaining()).isEqualTo(1);
        assertThat(limiter.acquire("a").remaining()).isZero();
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @Test
    void retryAfterIsTheWaitForOneTokenRoundedUpToWholeSeconds() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(1, 1), ticker, 100); // one token per 60 s
        limiter.acquire("a");
        assertThat(limiter.acquire("a").retryAfterSeconds()).isEqualTo(60);
        ticker.advance(59 * SECOND + 1);
        assertThat(limiter.acquire("a").retryAfterSeconds()).as("1 s minus 1 ns left").isEqualTo(1);
        ticker.advance(SECOND / 2 - 1);
        assertThat(limiter.acquire("a").retryAfterSeconds()).as("half a second left: never 0").isEqualTo(1);
    }

    @Test
    void waitingRetryAfterAlwaysSucceeds() {
        long seed = new Random().nextLong();
        System.out.println("RateLimiterTest seed " + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            RateLimiter limiter = new RateLimiter(new RateLimitPolicy(1 + random.nextInt(1200), 1 + random.nextInt(50)), ticker, 100);
            RateLimitDecision decision;
            do {
                decision = limiter.acquire("a");
                ticker.advance(random.nextInt(50_000_000));
            } while (decision.allowed());
            assertThat(decision.retryAfterSeconds()).isPositive();
            ticker.advance(decision.retryAfterSeconds() * SECOND);
            assertThat(limiter.acquire("a").allowed()).as("seed %d round %d", seed, round).isTrue();
        }
    }

    @Test
    void secondsUntilFullCountsTheWholeBurstBack() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(60, 10), ticker, 100); // one token a second
        assertThat(limiter.acquire("a").secondsUntilFull()).isEqualTo(1);
        limiter.acquire("a");
        limiter.acquire("a");
        assertThat(limiter.acquire("a").secondsUntilFull()).isEqualTo(4);
        ticker.advance(4 * SECOND);
        RateLimitDecision full = limiter.acquire("b");
        assertThat(full.secondsUntilFull()).isEqualTo(1);
    }

    @Test
    void oneCallersExhaustionDoesNotLimitAnother() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(60, 2), ticker, 100);
        limiter.acquire("a");
        limiter.acquire("a");
        assertThat(limiter.acquire("a").allowed()).isFalse();
        assertThat(limiter.acquire("b").allowed()).isTrue();
    }

    @Test
    void idleBucketsAreForgottenOnceTheyAreFullAgain() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(60, 10), ticker, 100_000);
        LongStream.range(0, 1000).forEach(i -> limiter.acquire("caller-" + i));
        assertThat(limiter.trackedCallers()).isEqualTo(1000);
        ticker.advance(10 * SECOND); // the time a bucket takes to fill again
        limiter.acquire("someone");
        assertThat(limiter.trackedCallers()).isEqualTo(1);
    }

    @Test
    void aFloodOfCallersBeyondTheTableSizeSharesOneBucket() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(60, 3), ticker, 50);
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            if (!limiter.acquire("forged-" + i).allowed()) {
                refused++;
            }
        }
        assertThat(limiter.trackedCallers()).as("the table stays bounded").isLessThanOrEqualTo(51);
        assertThat(refused).as("beyond the table the flood shares one burst").isEqualTo(10_000 - 50 - 3);
        assertThat(limiter.acquire("forged-1").allowed()).as("a caller with a bucket keeps it").isTrue();
    }

    @Test
    void timeGoingBackwardsNeverAddsTokens() {
        RateLimiter limiter = new RateLimiter(new RateLimitPolicy(60, 1), ticker, 100);
        limiter.acquire("a");
        ticker.advance(-3600 * SECOND);
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("absurdPolicies")
    void aPolicyOutsideItsRangeIsRefusedAtStart(long requestsPerMinute, long burst) {
        assertThatThrownBy(() -> new RateLimitPolicy(requestsPerMinute, burst)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> absurdPolicies() {
        return Stream.of(Arguments.of(0L, 10L), Arguments.of(-5L, 10L), Arguments.of(600L, 0L), Arguments.of(600L, Long.MAX_VALUE));
    }

    @Test
    void theHeadersFollowTheDraftsSyntax() {
        RateLimitPolicy policy = new RateLimitPolicy(600, 120);
        assertThat(RateLimitHeaders.policy(policy)).isEqualTo("\"per-caller\";q=600;w=60;burst=120")
                .matches(RateLimitHeaders.POLICY_PATTERN);
        assertThat(RateLimitHeaders.state(new RateLimitDecision(true, 117, 1, 0))).isEqualTo("\"per-caller\";r=117;t=1")
                .matches(RateLimitHeaders.LIMIT_PATTERN);
    }
}
