package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** How much a quality finding weighs. */
public enum Severity implements Labelled {
    /** The goal cannot be submitted until it is fixed. */
    ERROR("错误"),
    /** Shown to the unit and the reviewers; does not block submission. */
    WARNING("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
