package cn.gov.daxiang.perf.adapter.rest.indicator;

import java.util.List;

/** A library template: industry or function, level 1/2 codes, name, value type, typical unit and comparator. */
public record IndicatorTemplateRequest(String industry, String level1, String level2, String name, String valueType,
                                       String typicalUnit, String typicalComparator, String explanation, List<String> keywords) {
}
