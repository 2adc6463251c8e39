package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/** PENDING (waiting for delivery or for its next attempt) → SENT, or → DEAD_LETTER and, on request, back to PENDING. */
public enum OutboxState {
    PENDING, SENT, DEAD_LETTER;

    public static OutboxState parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new InvalidValueException("OUTBOX_STATE_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
