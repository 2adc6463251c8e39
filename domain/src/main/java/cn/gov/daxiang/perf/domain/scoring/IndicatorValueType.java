package cn.gov.daxiang.perf.domain.scoring;

/** 指标值类型: whether an indicator is measured against a number or judged in tiers. */
public enum IndicatorValueType {
    /** 定量: a number held against a target with a comparator. */
    QUANTITATIVE("定量"),
    /** 定性: judged by the evaluator in {@link QualitativeTier tiers}. */
    QUALITATIVE("定性");

    private final String label;

    IndicatorValueType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
