package cn.gov.daxiang.perf.domain.evidence;

/**
 * The kinds of object evidence files (佐证材料) are attached to. Each kind needs its access rules answered by the
 * application (one resolver per kind); a kind without one is refused as not supported yet.
 */
public enum EvidenceOwnerType {
    /** A performance goal (绩效目标). */
    GOAL,
    /** A monitoring report (绩效运行监控报告). */
    MONITORING_REPORT,
    /** A self-evaluation (绩效自评). */
    SELF_EVALUATION,
    /** A key evaluation by a third-party agency (重点评价): the agency's report, the score sheet. */
    KEY_EVALUATION,
    /** An ex-ante assessment of a new project (事前绩效评估). */
    PRE_ASSESSMENT,
    /** A rectification item (整改): what the responsible unit did, backing its report (整改落实情况). */
    RECTIFICATION
}
