package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.Texts;

/** A level-2 indicator (二级指标) of the taxonomy, e.g. QUANTITY 数量 under 产出. */
public record IndicatorCategory(String code, String label) {

    public IndicatorCategory {
        code = IndicatorTaxonomy.checkedCode("level2", code);
        label = Texts.required("label", label, IndicatorTaxonomy.LABEL_MAX_LENGTH);
    }
}
