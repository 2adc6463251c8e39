package cn.gov.daxiang.perf.domain.allocation;

/** What finance may do with a decision. */
public enum AllocationDecisionAction {
    CONFIRM,
    OVERRIDE
}
