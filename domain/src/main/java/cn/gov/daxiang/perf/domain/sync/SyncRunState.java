package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/** RUNNING → SUCCEEDED or FAILED; a run whose node died is ABANDONED by the next run that takes the lease. */
public enum SyncRunState {
    RUNNING, SUCCEEDED, FAILED, ABANDONED;

    public boolean isFinished() {
        return this != RUNNING;
    }

    public static SyncRunState parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new InvalidValueException("SYNC_RUN_STATE_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
