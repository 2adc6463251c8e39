package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/**
 * 评价等级. The national scheme uses 优/良/中/差; the district's 2024 key evaluations use 优/良/较差/差,
 * so 较差 is a grade of its own, not a renamed 中: a scheme says which grades it uses.
 */
public enum Grade implements Labelled {
    EXCELLENT("优"),
    GOOD("良"),
    MEDIUM("中"),
    WEAK("较差"),
    POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The Chinese label forms and reports print. */
    @Override
    public String label() {
        return label;
    }
}
