package cn.gov.daxiang.perf.domain.review;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import java.util.Arrays;
import java.util.List;

/**
 * Where a unit's submission stands in the review chain 单位填报 → 主管部门审核 → 财政审核. A return from
 * either review sends it back to DRAFT; FINANCE_REVIEWED is final (审核通过).
 */
public enum ReviewState implements Labelled {
    DRAFT("单位填报"),
    SUBMITTED("主管部门审核中"),
    DEPT_REVIEWED("财政审核中"),
    FINANCE_REVIEWED("审核通过");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The actions this state allows, in the order a client would offer them. */
    public List<ReviewAction> allowedActions() {
        return Arrays.stream(ReviewAction.values()).filter(a -> a.from() == this).toList();
    }

    public boolean isSubmitted() {
        return this != DRAFT;
    }
}
