package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "IndicatorTemplate", requiredProperties = {"id", "industry", "level1", "level2", "name", "valueType", "keywords", "active", "revision"})
public record IndicatorTemplateResponse(@Schema(format = "uuid") String id, String industry, String level1, String level2, String name,
                                        Coded<ValueType> valueType, String typicalUnit, Coded<Comparator> typicalComparator,
                                        String explanation, List<String> keywords, boolean active, long revision) {
}
