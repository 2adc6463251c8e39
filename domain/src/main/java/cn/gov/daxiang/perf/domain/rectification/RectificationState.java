package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/**
 * The stored states of a rectification (整改). OVERDUE is not one of them: it is computed from the deadline and the
 * district's day whenever an item is read ({@link Rectification#overdueOn}), never set by a job.
 */
public enum RectificationState implements Labelled {
    /** 已下达: issued to the responsible unit. */
    ISSUED("已下达"),
    /** 整改中: the unit has started. */
    IN_PROGRESS("整改中"),
    /** 已报告: the unit reported how it rectified (整改落实情况), with evidence; finance verifies or returns. */
    REPORTED("已报告"),
    /** 已退回: finance returned the report with reasons; the unit reports again. */
    RETURNED("已退回"),
    /** 已核实: finance verified the rectification; final. */
    VERIFIED("已核实");

    private final String label;

    RectificationState(String label) {
        this.label = label;
    }

    /** The Chinese name. */
    @Override
    public String label() {
        return label;
    }

    /** Whether the unit still owes work on it (the deadline can pass in these states). */
    public boolean awaitsUnit() {
        return this == ISSUED || this == IN_PROGRESS || this == RETURNED;
    }
}
