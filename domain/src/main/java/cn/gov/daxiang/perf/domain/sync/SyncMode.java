package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.Labelled;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/**
 * INCREMENTAL pulls what changed since the cursors; FULL pulls every stream from its beginning again (after
 * a restore, or to check nothing was missed): still an idempotent upsert, so unchanged records stay untouched.
 */
public enum SyncMode implements Labelled {
    INCREMENTAL("增量同步"), FULL("全量同步");

    private final String label;

    SyncMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static SyncMode parse(String text) {
        String t = text == null ? "" : text.strip();
        return Labelled.find(SyncMode.class, t)
                .orElseThrow(() -> new InvalidValueException("mode", "SYNC_MODE_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
