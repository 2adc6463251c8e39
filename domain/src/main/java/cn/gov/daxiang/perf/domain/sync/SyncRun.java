package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One synchronisation run: when it started and finished, what it pulled, took over (created or changed),
 * held back as conflicts, pushed and failed to push, and why it failed. While it runs it shows its progress
 * as pages done of pages known; pages become known as the province reports what remains.
 */
public final class SyncRun {

    /** Error texts are kept short: the log has the rest. */
    public static final int ERROR_MAX_LENGTH = 2000;

    /** The steps of a run, as a refusal names them. */
    public enum Action { PAGE_DONE, PUSH_DONE, SUCCEED, FAIL, ABANDON }

    private final SyncRunId id;
    private final SyncTrigger trigger;
    private final SyncMode mode;
    private final String requestedBy;
    private final String node;
    private final Instant startedAt;
    private SyncRunState state;
    private Instant finishedAt;
    private long pulled;
    private long upserted;
    private long conflicts;
    private long pushed;
    private long failed;
    private long pagesDone;
    private long pagesKnown;
    private String error;

    private SyncRun(SyncRunId id, SyncTrigger trigger, SyncMode mode, String requestedBy, String node, Instant startedAt,
                    SyncRunState state, Instant finishedAt, long pulled, long upserted, long conflicts, long pushed,
                    long failed, long pagesDone, long pagesKnown, String error) {
        this.id = Objects.requireNonNull(id, "id");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.node = Objects.requireNonNull(node, "node");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.state = Objects.requireNonNull(state, "state");
        this.finishedAt = finishedAt;
        this.pulled = pulled;
        this.upserted = upserted;
        this.conflicts = conflicts;
        this.pushed = pushed;
        this.failed = failed;
        this.pagesDone = pagesDone;
        this.pagesKnown = pagesKnown;
        this.error = error;
    }

    /** A run that has just taken the lease. */
    public static SyncRun start(SyncTrigger trigger, SyncMode mode, String requestedBy, String node, Instant now) {
        return new SyncRun(SyncRunId.random(), trigger, mode, requestedBy, node, now, SyncRunState.RUNNING, null,
                0, 0, 0, 0, 0, 0, 0, null);
    }

    /** A run as stored. */
    public static SyncRun reconstitute(SyncRunId id, SyncTrigger trigger, SyncMode mode, String requestedBy, String node,
                                       Instant startedAt, SyncRunState state, Instant finishedAt, long pulled, long upserted,
                                       long conflicts, long pushed, long failed, long pagesDone, long pagesKnown, String error) {
        return new SyncRun(id, trigger, mode, requestedBy, node, startedAt, state, finishedAt, pulled, upserted, conflicts,
                pushed, failed, pagesDone, pagesKnown, error);
    }

    /**
     * One page taken over: {@code pulled} changes received (fresh ones only), {@code upserted} records created or
     * changed, {@code conflicts} changes held back; {@code pagesStillKnown} the pages the province says remain in
     * this stream and the streams after it that are already known.
     */
    public void pageDone(long pulled, long upserted, long conflicts, long pagesStillKnown) {
        requireRunning(Action.PAGE_DONE);
        if (pulled < 0 || upserted < 0 || conflicts < 0 || pagesStillKnown < 0) {
            throw new IllegalArgumentException("negative page counts");
        }
        this.pulled += pulled;
        this.upserted += upserted;
        this.conflicts += conflicts;
        this.pagesDone++;
        this.pagesKnown = Math.max(pagesKnown, pagesDone + pagesStillKnown);
    }

    /** Messages delivered to the province (accepted, or known there already) and messages that failed this time. */
    public void pushDone(long delivered, long failedNow) {
        requireRunning(Action.PUSH_DONE);
        this.pushed += delivered;
        this.failed += failedNow;
    }

    public void succeed(Instant now) {
        requireRunning(Action.SUCCEED);
        state = SyncRunState.SUCCEEDED;
        finishedAt = now;
        pagesKnown = pagesDone;
    }

    /** The run stopped on an error; what it took over until then stays taken over. */
    public void fail(Instant now, String reason) {
        requireRunning(Action.FAIL);
        state = SyncRunState.FAILED;
        finishedAt = now;
        error = shorten(reason == null || reason.isBlank() ? "unknown error" : reason);
    }

    /** Its node stopped without finishing it (the lease expired): a later run takes over from its cursors. */
    public void abandon(Instant now) {
        requireRunning(Action.ABANDON);
        state = SyncRunState.ABANDONED;
        finishedAt = now;
        error = "abandoned: the node running it stopped before it finished (lease expired)";
    }

    private void requireRunning(Action action) {
        if (state != SyncRunState.RUNNING) {
            throw new IllegalTransitionException("SYNC_RUN_FINISHED", state.name(), action.name(), List.of());
        }
    }

    private static String shorten(String text) {
        return text.length() <= ERROR_MAX_LENGTH ? text : text.substring(0, ERROR_MAX_LENGTH - 1) + "…";
    }

    public SyncRunId getId() {
        return id;
    }

    public SyncTrigger getTrigger() {
        return trigger;
    }

    public SyncMode getMode() {
        return mode;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public SyncRunState getState() {
        return state;
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public long getPulled() {
        return pulled;
    }

    public long getUpserted() {
        return upserted;
    }

    public long getConflicts() {
        return conflicts;
    }

    public long getPushed() {
        return pushed;
    }

    public long getFailed() {
        return failed;
    }

    public long getPagesDone() {
        return pagesDone;
    }

    public long getPagesKnown() {
        return pagesKnown;
    }

    public Optional<String> getError() {
        return Optional.ofNullable(error);
    }
}
