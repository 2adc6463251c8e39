package cn.gov.daxiang.perf.domain.testing;

import java.math.BigDecimal;
import java.util.Random;

/**
 * Seeds for the property-style tests. Every run uses the same fixed seed, so that CI is reproducible, and prints it;
 * {@code -Dperf.seed=N} runs the properties with another seed, e.g. to replay a failure or to explore:
 * {@code ./mvnw -B -pl domain test -Dtest=... -Dperf.seed=<seed>}. Every case carries its seed in its display name too.
 */
public final class Seeds {

    public static final String PROPERTY = "perf.seed";
    /** The seed of every run that does not name one. */
    public static final long DEFAULT = 20241008L;

    private Seeds() {
    }

    /** The seed for one property: {@code -Dperf.seed} when given, else {@link #DEFAULT}; printed either way. */
    public static long seed(String property) {
        String given = System.getProperty(PROPERTY);
        long seed = given != null && !given.isBlank() ? Long.parseLong(given.strip()) : DEFAULT;
        System.out.println("[property] " + property + " seed=" + seed + " (replay with -D" + PROPERTY + "=" + seed + ")");
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
