package cn.gov.daxiang.perf.adapter.rest.sync;

import java.time.Instant;

/**
 * A sync run: what started it, its state, its counts, its error, and its progress while it runs (pages done of
 * pages known; pages become known as the province reports what remains).
 */
public record SyncRunResponse(String id, String trigger, String mode, String state, String requestedBy, String node,
                              Instant startedAt, Instant finishedAt, long pulled, long upserted, long conflicts, long pushed,
                              long failed, String error, Progress progress) {

    public record Progress(long pagesDone, long pagesKnown) {
    }
}
