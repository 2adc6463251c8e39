package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.sync.SyncStream;

import java.util.Map;

/** The province keeps announcing more changes but its pages bring the cursor no further. */
public class SyncFeedStalledException extends RuleViolationException {

    public SyncFeedStalledException(SyncStream stream, long position, int pages) {
        super("SYNC_FEED_STALLED", Map.of("stream", stream.name(), "position", position, "pages", pages));
    }
}
