package cn.gov.daxiang.perf.domain.monitoring;

/** 预警: from no concern to serious concern; declared in rising severity. */
public enum WarningLevel {
    GREEN("绿灯"),
    YELLOW("黄灯"),
    RED("红灯");

    private final String label;

    WarningLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public WarningLevel worse(WarningLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
