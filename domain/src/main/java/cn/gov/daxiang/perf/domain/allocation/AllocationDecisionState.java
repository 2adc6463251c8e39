package cn.gov.daxiang.perf.domain.allocation;

/** PROPOSED by the service → CONFIRMED by finance (as proposed or overridden) → SUPERSEDED by a later decision. */
public enum AllocationDecisionState {
    /** 建议: proposed from the policy; finance has not decided. */
    PROPOSED,
    /** 已确认: finance confirmed it, as proposed or overridden with a reason; never edited again. */
    CONFIRMED,
    /** 已替代: a later decision about the same object and year replaced it; kept, pointing to its successor. */
    SUPERSEDED
}
