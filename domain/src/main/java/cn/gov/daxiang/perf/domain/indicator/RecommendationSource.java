package cn.gov.daxiang.perf.domain.indicator;

/** Where a suggested indicator's wording comes from. */
public enum RecommendationSource {
    /** The finance bureau's indicator library. */
    TEMPLATE,
    /** An approved goal of another project. */
    APPROVED_GOAL
}
