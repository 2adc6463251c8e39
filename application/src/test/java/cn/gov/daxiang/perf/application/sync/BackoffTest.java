package cn.gov.daxiang.perf.application.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void theCeilingDoublesWithEveryAttemptUpToTheMaximum() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(backoff.ceiling(8)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theJitterSpansTheUpperHalfOfTheCeiling() {
        assertThat(backoff.delay(2, 0.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(2, 0.999_999_9)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delay(2, 0.5)).isBetween(Duration.ofSeconds(44), Duration.ofSeconds(46));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> backoff.delay(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delay(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
    }

    record Case(long seed, int index, Backoff backoff, int attempt, double random) {
        @Override
        public String toString() {
            return "seed=" + seed + " #" + index + " base=" + backoff.base().toMillis() + "ms max=" + backoff.max().toMillis()
                    + "ms attempt=" + attempt + " r=" + random;
        }
    }

    static Stream<Case> cases() {
        long seed = seed("backoff with jitter stays within [ceiling/2, ceiling] and ceilings never fall");
        Random random = new Random(seed);
        return IntStream.range(0, 300).mapToObj(i -> {
            long base = 1 + random.nextInt(60_000);
            long max = base + random.nextInt(10_000_000);
            return new Case(seed, i, new Backoff(Duration.ofMillis(base), Duration.ofMillis(max)), 1 + random.nextInt(70), random.nextDouble());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyWaitIsWithinTheUpperHalfOfItsCeilingAndCeilingsNeverFall(Case c) {
        Duration ceiling = c.backoff().ceiling(c.attempt());
        Duration delay = c.backoff().delay(c.attempt(), c.random());

        assertThat(ceiling).isLessThanOrEqualTo(c.backoff().max()).isGreaterThanOrEqualTo(c.backoff().base());
        assertThat(delay.toMillis()).isBetween(ceiling.toMillis() - ceiling.toMillis() / 2, ceiling.toMillis());
        assertThat(c.backoff().ceiling(c.attempt() + 1)).isGreaterThanOrEqualTo(ceiling);
    }

    /** A fixed seed, replaced by {@code -Dperf.seed=<seed>} to replay a failure; printed either way. */
    private static long seed(String property) {
        String given = System.getProperty("perf.seed");
        long seed = given != null && !given.isBlank() ? Long.parseLong(given.strip()) : 20240301L;
        System.out.println("[property] " + property + " seed=" + seed + " (replay: -Dperf.seed=" + seed + ")");
        return seed;
    }
}
