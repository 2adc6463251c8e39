package cn.gov.daxiang.perf.domain.indicator;

/** Where a suggested indicator's wording comes from. */
public enum RecommendationSource implements cn.gov.daxiang.perf.domain.shared.Labelled {
    /** The finance bureau's indicator library. */
    TEMPLATE("指标库"),
    /** An approved goal of another project. */
    APPROVED_GOAL("已批复目标");

    private final String label;

    RecommendationSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
