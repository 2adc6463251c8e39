package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** 指标值类型: whether an indicator is measured against a number or judged in tiers. */
public enum IndicatorValueType implements Labelled {
    /** 定量: a number held against a target with a comparator. */
    QUANTITATIVE("定量"),
    /** 定性: judged by the evaluator in {@link QualitativeTier tiers}. */
    QUALITATIVE("定性");

    private final String label;

    IndicatorValueType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
