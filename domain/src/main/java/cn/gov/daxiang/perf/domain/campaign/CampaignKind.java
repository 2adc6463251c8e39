package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** What a campaign asks the units to do. */
public enum CampaignKind implements Labelled {
    /** Fill the monitoring reports of a round (绩效运行监控). */
    MONITORING_ROUND("绩效运行监控"),
    /** Fill self-evaluations (绩效自评), e.g. 2023年度部门整体绩效自评. */
    SELF_EVALUATION("绩效自评");

    private final String label;

    CampaignKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
