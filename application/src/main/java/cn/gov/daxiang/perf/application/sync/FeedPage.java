package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.sync.Change;
import cn.gov.daxiang.perf.domain.sync.SyncStream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of a provincial change feed: changes in ascending sequence, the cursor to ask from next, whether
 * more follows and how many changes remain after this page (for progress: pages known).
 *
 * <p>Rules: sequence numbers rise strictly within a page and never beyond {@code nextCursor}; a page whose
 * changes the district already has (a page served twice, a retried request) yields no fresh changes; when
 * one key changes twice in a page, only its last change counts.
 */
public record FeedPage<T>(SyncStream stream, List<Change<T>> changes, long nextCursor, boolean hasMore, long remaining) {

    public FeedPage {
        Objects.requireNonNull(stream, "stream");
        changes = List.copyOf(changes);
        long previous = 0;
        for (Change<T> change : changes) {
            if (change.seq() <= previous) {
                throw inconsistent(stream, "changes are not in ascending change_seq order at " + change.seq());
            }
            previous = change.seq();
        }
        if (previous > nextCursor) {
            throw inconsistent(stream, "next_cursor " + nextCursor + " is behind the last change " + previous);
        }
        if (remaining < 0) {
            throw inconsistent(stream, "remaining is negative");
        }
    }

    public static <T> FeedPage<T> last(SyncStream stream, List<Change<T>> changes, long nextCursor) {
        return new FeedPage<>(stream, changes, nextCursor, false, 0);
    }

    /**
     * The changes the district does not have yet, after {@code cursor}, at most one per key (the latest).
     * Refuses a page that would move the cursor backwards.
     */
    public List<Change<T>> freshAfter(SyncCursor cursor) {
        if (cursor.stream() != stream) {
            throw new IllegalArgumentException("cursor of " + cursor.stream() + " for a page of " + stream);
        }
        cursor.advancedTo(nextCursor);
        Map<String, Change<T>> latest = new LinkedHashMap<>();
        for (Change<T> change : changes) {
            if (!cursor.covers(change.seq())) {
                latest.remove(change.key());
                latest.put(change.key(), change);
            }
        }
        return List.copyOf(latest.values());
    }

    /** Pages still to fetch after this one, at {@code pageSize} changes a page. */
    public long pagesRemaining(int pageSize) {
        return hasMore ? Math.max(1, (remaining + pageSize - 1) / pageSize) : 0;
    }

    private static RuleViolationException inconsistent(SyncStream stream, String reason) {
        return new RuleViolationException("SYNC_PAGE_INCONSISTENT", Map.of("stream", stream.name(), "reason", reason));
    }
}
