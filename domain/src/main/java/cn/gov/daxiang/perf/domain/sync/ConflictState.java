package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

public enum ConflictState {
    OPEN, RESOLVED;

    public static ConflictState parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new InvalidValueException("SYNC_CONFLICT_STATE_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
