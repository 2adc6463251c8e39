package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.Labelled;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/** PENDING (waiting for delivery or for its next attempt) → SENT, or → DEAD_LETTER and, on request, back to PENDING. */
public enum OutboxState implements Labelled {
    PENDING("待发送"), SENT("已发送"), DEAD_LETTER("死信");

    private final String label;

    OutboxState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static OutboxState parse(String text) {
        String t = text == null ? "" : text.strip();
        return Labelled.find(OutboxState.class, t)
                .orElseThrow(() -> new InvalidValueException("OUTBOX_STATE_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
