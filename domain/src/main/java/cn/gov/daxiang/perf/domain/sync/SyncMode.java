package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/**
 * INCREMENTAL pulls what changed since the cursors; FULL pulls every stream from its beginning again (after
 * a restore, or to check nothing was missed): still an idempotent upsert, so unchanged records stay untouched.
 */
public enum SyncMode {
    INCREMENTAL, FULL;

    public static SyncMode parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new InvalidValueException("mode", "SYNC_MODE_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
