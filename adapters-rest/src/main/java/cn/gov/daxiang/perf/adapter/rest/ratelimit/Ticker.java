package cn.gov.daxiang.perf.adapter.rest.ratelimit;

/**
 * A monotonic time source in nanoseconds. The limiter uses its own rather than the application's wall clock: a wall
 * clock may jump (NTP, or a test moving the use cases' clock by days), a bucket must only ever see time go forward.
 */
@FunctionalInterface
public interface Ticker {

    Ticker SYSTEM = System::nanoTime;

    long nanos();
}
