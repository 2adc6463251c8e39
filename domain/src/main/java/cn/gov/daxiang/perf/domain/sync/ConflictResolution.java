package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.Labelled;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/**
 * ACCEPT_PROVINCIAL takes the held change over now (the province is right); KEEP_LOCAL leaves the district's
 * record as it is, with a reason, and tells the province so (it has to correct its side or talk to the bureau).
 */
public enum ConflictResolution implements Labelled {
    ACCEPT_PROVINCIAL("采用省平台数据"), KEEP_LOCAL("保留本地数据");

    private final String label;

    ConflictResolution(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ConflictResolution parse(String text) {
        String t = text == null ? "" : text.strip();
        return Labelled.find(ConflictResolution.class, t)
                .orElseThrow(() -> new InvalidValueException("resolution", "SYNC_CONFLICT_RESOLUTION_UNKNOWN",
                        Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
