package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.sync.SyncStream;

import java.util.Map;
import java.util.Objects;

/**
 * How far the district has taken over one stream: the change sequence number (change_seq) of the last
 * change applied. The province numbers every change of a stream in ascending order, so "everything after
 * the cursor" is exactly what the district has not seen. A cursor only ever moves forward, and only in the
 * transaction that applies the changes it moves over.
 */
public record SyncCursor(SyncStream stream, long position) {

    public SyncCursor {
        Objects.requireNonNull(stream, "stream");
        if (position < 0) {
            throw new RuleViolationException("SYNC_CURSOR_NEGATIVE", Map.of("stream", stream.name(), "position", position));
        }
    }

    /** Nothing taken over yet: the next pull starts at the beginning of the stream. */
    public static SyncCursor start(SyncStream stream) {
        return new SyncCursor(stream, 0);
    }

    /**
     * The cursor after a page that ends at {@code next}. Standing still is allowed (an empty page, a page
     * served twice); moving backwards is refused, because it would apply changes a second time in the wrong order.
     */
    public SyncCursor advancedTo(long next) {
        if (next < position) {
            throw new RuleViolationException("SYNC_CURSOR_BACKWARDS",
                    Map.of("stream", stream.name(), "position", position, "next", next));
        }
        return next == position ? this : new SyncCursor(stream, next);
    }

    /** Whether a change with this sequence number has already been taken over. */
    public boolean covers(long changeSeq) {
        return changeSeq <= position;
    }
}
