package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import java.util.List;

/** What can be done with a rectification, and in which states. */
public enum RectificationAction implements Labelled {
    /** 开始整改: the responsible unit starts. */
    START("开始整改"),
    /** 报告整改情况: the responsible unit reports (整改落实情况). */
    REPORT("报告整改情况"),
    /** 核实: finance verifies. */
    VERIFY("核实"),
    /** 退回: finance returns the report with reasons. */
    RETURN("退回");

    private final String label;

    RectificationAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The actions {@code state} allows, in a fixed order. */
    public static List<RectificationAction> allowedIn(RectificationState state) {
        return switch (state) {
            case ISSUED -> List.of(START);
            case IN_PROGRESS, RETURNED -> List.of(REPORT);
            case REPORTED -> List.of(VERIFY, RETURN);
            case VERIFIED -> List.of();
        };
    }
}
