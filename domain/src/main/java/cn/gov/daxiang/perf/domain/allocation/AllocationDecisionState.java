package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** PROPOSED by the service → CONFIRMED by finance (as proposed or overridden) → SUPERSEDED by a later decision. */
public enum AllocationDecisionState implements Labelled {
    /** 建议: proposed from the policy; finance has not decided. */
    PROPOSED("建议"),
    /** 已确认: finance confirmed it, as proposed or overridden with a reason; never edited again. */
    CONFIRMED("已确认"),
    /** 已替代: a later decision about the same object and year replaced it; kept, pointing to its successor. */
    SUPERSEDED("已替代");

    private final String label;

    AllocationDecisionState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
