package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.RecommendationSource;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A suggested indicator, where it comes from, how strongly it is suggested, and why. */
@Schema(name = "IndicatorRecommendation", requiredProperties = {"source", "level1", "level2", "name", "valueType", "score", "goalCount",
        "reasons"})
public record RecommendationResponse(Coded<RecommendationSource> source, @Schema(format = "uuid") String templateId, String level1,
                                     String level2, String name, Coded<ValueType> valueType, Coded<Comparator> comparator,
                                     BigDecimal targetValue, String targetText, String unitOfMeasure, int score, int goalCount,
                                     List<Reason> reasons) {

    /** Why it is suggested: the reason's code and its explanation in the caller's language. */
    @Schema(name = "IndicatorRecommendationReason", requiredProperties = {"code", "label"})
    public record Reason(String code, String label) {
    }
}
