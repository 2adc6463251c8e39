package cn.gov.daxiang.perf.domain.monitoring;

/** Finance's decision on a red-flagged project's funds. */
public enum FundsDecisionKind {
    /** 暂缓拨款: no further payments until the unit has corrected course. */
    SUSPEND("暂缓拨款"),
    /** 继续拨款: payments continue despite the warning. */
    CONTINUE("继续拨款");

    private final String label;

    FundsDecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
