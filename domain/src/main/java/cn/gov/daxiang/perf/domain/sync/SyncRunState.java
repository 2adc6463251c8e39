package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.Labelled;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/** RUNNING → SUCCEEDED or FAILED; a run whose node died is ABANDONED by the next run that takes the lease. */
public enum SyncRunState implements Labelled {
    RUNNING("运行中"), SUCCEEDED("成功"), FAILED("失败"), ABANDONED("已中止");

    private final String label;

    SyncRunState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this != RUNNING;
    }

    public static SyncRunState parse(String text) {
        String t = text == null ? "" : text.strip();
        return Labelled.find(SyncRunState.class, t)
                .orElseThrow(() -> new InvalidValueException("SYNC_RUN_STATE_UNKNOWN", Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
