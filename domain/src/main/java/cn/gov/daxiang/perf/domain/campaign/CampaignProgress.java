package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** Where one target unit stands in a campaign. */
public enum CampaignProgress implements Labelled {
    /** Nothing begun. */
    NOT_STARTED("未开始"),
    /** A draft exists, not everything is submitted yet. */
    IN_PROGRESS("填报中"),
    /** Everything submitted, not everything finally approved. */
    SUBMITTED("已提交"),
    /** Everything finally approved (财政审核通过): the unit is done. */
    APPROVED("审核通过"),
    /** The deadline has passed and the unit has not submitted everything. */
    OVERDUE("逾期未提交");

    private final String label;

    CampaignProgress(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Submitted or approved: the unit has handed in its work. */
    public boolean isSubmitted() {
        return this == SUBMITTED || this == APPROVED;
    }
}
