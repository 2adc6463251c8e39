package cn.gov.daxiang.perf.adapter.rest.goal;

import java.math.BigDecimal;
import java.util.List;

/** A suggested indicator, where it comes from, how strongly it is suggested, and why. */
public record RecommendationResponse(String source, String templateId, String level1, String level2, String name,
                                     String valueType, String comparator, BigDecimal targetValue, String targetText,
                                     String unitOfMeasure, int score, int goalCount, List<Reason> reasons) {

    public record Reason(String code, String label) {
    }
}
