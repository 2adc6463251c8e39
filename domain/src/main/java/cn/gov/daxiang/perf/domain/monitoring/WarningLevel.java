package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** 预警: from no concern to serious concern; declared in rising severity. */
public enum WarningLevel implements Labelled {
    GREEN("绿灯"),
    YELLOW("黄灯"),
    RED("红灯");

    private final String label;

    WarningLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public WarningLevel worse(WarningLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
