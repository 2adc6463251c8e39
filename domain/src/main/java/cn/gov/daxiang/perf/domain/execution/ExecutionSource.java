package cn.gov.daxiang.perf.domain.execution;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** Where the budget execution figures of a monitoring report or a self-evaluation come from. */
public enum ExecutionSource implements Labelled {
    /** The province's figures as of the last sync (the source of truth). */
    PROVINCE("省级同步数据"),
    /** The unit's own figures in place of the province's, with a recorded reason. */
    UNIT_OVERRIDE("单位修正（附理由）"),
    /** The unit's figures where the sync holds none for the object (no project, or not synced yet). */
    UNIT("单位填报（无省级数据）");

    private final String label;

    ExecutionSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
