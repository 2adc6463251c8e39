package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** What finance may do with a decision. */
public enum AllocationDecisionAction implements Labelled {
    /** 确认: confirm as it stands. */
    CONFIRM("确认"),
    /** 调整: another treatment or adjustment, with a reason. */
    OVERRIDE("调整");

    private final String label;

    AllocationDecisionAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
