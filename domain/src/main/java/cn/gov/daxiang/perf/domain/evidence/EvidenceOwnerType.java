package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/**
 * The kinds of object evidence files (佐证材料) are attached to. Each kind needs its access rules answered by the
 * application (one resolver per kind); a kind without one is refused as not supported yet.
 */
public enum EvidenceOwnerType implements Labelled {
    /** A performance goal (绩效目标). */
    GOAL("绩效目标"),
    /** A monitoring report (绩效运行监控报告). */
    MONITORING_REPORT("绩效运行监控报告"),
    /** A self-evaluation (绩效自评). */
    SELF_EVALUATION("绩效自评"),
    /** A key evaluation by a third-party agency (重点评价): the agency's report, the score sheet. */
    KEY_EVALUATION("重点评价"),
    /** An ex-ante assessment of a new project (事前绩效评估). */
    PRE_ASSESSMENT("事前绩效评估"),
    /** A rectification item (整改): what the responsible unit did, backing its report (整改落实情况). */
    RECTIFICATION("整改");

    private final String label;

    EvidenceOwnerType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
