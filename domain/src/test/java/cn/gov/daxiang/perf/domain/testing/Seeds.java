package cn.gov.daxiang.perf.domain.testing;

import java.math.BigDecimal;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Seeds for the property-style tests. Each run draws a fresh seed and prints it; to replay a failure,
 * pass the printed seed back: {@code ./mvnw -q -o -pl domain test -Dtest=... -Dperf.seed=<seed>}.
 * Every case carries its seed in its display name as well.
 */
public final class Seeds {

    public static final String PROPERTY = "perf.seed";

    private Seeds() {
    }

    /** The seed for one property, from {@code -Dperf.seed} when given, else a new one; printed either way. */
    public static long seed(String property) {
        String given = System.getProperty(PROPERTY);
        long seed = given != null && !given.isBlank() ? Long.parseLong(given.strip()) : ThreadLocalRandom.current().nextLong();
        System.out.println("[property] " + property + " seed=" + seed + " (replay: -D" + PROPERTY + "=" + seed + ")");
        return seed;
    }

    /** A random non-negative decimal below {@code bound} with 0 to {@code maxScale} decimals; zero one time in ten. */
    public static BigDecimal decimal(Random random, int bound, int maxScale) {
        if (random.nextInt(10) == 0) {
            return BigDecimal.ZERO;
        }
        int scale = random.nextInt(maxScale + 1);
        long unscaled = (long) (random.nextDouble() * bound * Math.pow(10, scale));
        return BigDecimal.valueOf(unscaled, scale);
    }
}
