package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** Finance's decision on a red-flagged project's funds. */
public enum FundsDecisionKind implements Labelled {
    /** 暂缓拨款: no further payments until the unit has corrected course. */
    SUSPEND("暂缓拨款"),
    /** 继续拨款: payments continue despite the warning. */
    CONTINUE("继续拨款");

    private final String label;

    FundsDecisionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
