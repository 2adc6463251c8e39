package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** Where a report's project stands on funds (拨款), as finance's lists filter it. */
public enum FundsStatus implements Labelled {
    /** No red warning: nothing to decide. */
    NOT_APPLICABLE("无需决定"),
    /** A submitted red report on which finance has not decided yet. */
    DECISION_PENDING("待财政决定"),
    /** Finance suspended the funds (暂缓拨款). */
    SUSPENDED("暂缓拨款"),
    /** Finance let the payments continue. */
    CONTINUED("继续拨款");

    private final String label;

    FundsStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
