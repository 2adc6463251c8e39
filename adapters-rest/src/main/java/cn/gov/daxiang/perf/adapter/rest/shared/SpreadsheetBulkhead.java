package cn.gov.daxiang.perf.adapter.rest.shared;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * A bulkhead around the spreadsheet work (the declaration table's import and export, the self-evaluation table, a
 * campaign's progress list): a few permits shared by all of it, taken without waiting. When they are all in use
 * the caller is refused at once ({@link BusyException}, 429 with Retry-After); no other request ever waits on it.
 * Together with {@link SpreadsheetLimits} this bounds the memory and processor time spreadsheets can take.
 */
@ApplicationScoped
@Startup
public class SpreadsheetBulkhead {

    private final Semaphore permits;
    private final int concurrency;
    private final long retryAfterSeconds;
    private final SpreadsheetLimits limits;

    @Inject
    public SpreadsheetBulkhead(SpreadsheetSettings settings) {
        if (settings.concurrency() < 1) {
            throw new IllegalArgumentException("perf.spreadsheet.concurrency must be at least 1");
        }
        this.concurrency = settings.concurrency();
        this.permits = new Semaphore(concurrency);
        this.retryAfterSeconds = Math.max(1, (settings.retryAfter().toMillis() + 999) / 1000);
        this.limits = settings.limits();
    }

    /** Runs the work under a permit, or refuses it when none is free. */
    public <T> T call(Supplier<T> work) {
        if (!permits.tryAcquire()) {
            throw new BusyException(concurrency, retryAfterSeconds);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** The configured limits of an uploaded workbook. */
    public SpreadsheetLimits limits() {
        return limits;
    }

    /** Every permit is in use: try again after {@code retryAfterSeconds}. */
    public static final class BusyException extends RuntimeException {

        private final int concurrency;
        private final long retryAfterSeconds;

        BusyException(int concurrency, long retryAfterSeconds) {
            super("all " + concurrency + " spreadsheet permits in use");
            this.concurrency = concurrency;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int concurrency() {
            return concurrency;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
