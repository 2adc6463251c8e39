package cn.gov.daxiang.perf.adapter.rest.indicator;

import java.util.List;

public record IndicatorTemplateResponse(String id, String industry, String level1, String level2, String name, String valueType,
                                        String typicalUnit, String typicalComparator, String explanation, List<String> keywords,
                                        boolean active, long revision) {
}
