package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** What a file is for; versions are counted per owner, purpose and file name. */
public enum EvidencePurpose implements Labelled {
    /** 佐证材料: documents backing what a unit reports (contracts, acceptance records, photos, ledgers). */
    SUPPORTING("佐证材料"),
    /** 评价报告: a third-party agency's evaluation report. */
    AGENCY_REPORT("评价报告"),
    /** 评价得分表: the evaluation score sheet. */
    SCORE_SHEET("评价得分表"),
    /** 其他: anything else worth keeping with the object. */
    OTHER("其他");

    private final String label;

    EvidencePurpose(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
