package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** The three things that must each have an approved goal every year (全覆盖). */
public enum CoverageCategory implements Labelled {
    /** Projects other than upper-level transfer payments. */
    PROJECT("项目"),
    /** Projects funded by an upper-level transfer payment. */
    TRANSFER_PAYMENT("上级转移支付"),
    /** Each active unit's overall spending. */
    DEPARTMENT_OVERALL("部门整体");

    private final String label;

    CoverageCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
