package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.Labelled;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

public enum ConflictState implements Labelled {
    OPEN("待处理"), RESOLVED("已处理");

    private final String label;

    ConflictState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ConflictState parse(String text) {
        String t = text == null ? "" : text.strip();
        return Labelled.find(ConflictState.class, t)
                .orElseThrow(() -> new InvalidValueException("SYNC_CONFLICT_STATE_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
