package cn.gov.daxiang.perf.adapter.persistence;

import java.util.OptionalLong;

/**
 * Seeds for the seeded-random tests: a fixed default per test, so that CI is reproducible, printed with every run;
 * {@code -Dperf.seed=N} on the Maven command line (passed on by surefire and failsafe) runs them with another seed,
 * e.g. to replay a failure.
 */
public final class TestSeeds {

    public static final String PROPERTY = "perf.seed";

    private TestSeeds() {
    }

    /** {@code -Dperf.seed} when given, else {@code fixed}; printed either way. */
    public static long seed(String what, long fixed) {
        long seed = given().orElse(fixed);
        print(what, seed);
        return seed;
    }

    private static OptionalLong given() {
        String given = System.getProperty(PROPERTY);
        return given == null || given.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(given.strip()));
    }

    private static void print(String what, long seed) {
        System.out.println("[seed] " + what + " seed=" + seed + " (replay with -D" + PROPERTY + "=" + seed + ")");
    }
}
