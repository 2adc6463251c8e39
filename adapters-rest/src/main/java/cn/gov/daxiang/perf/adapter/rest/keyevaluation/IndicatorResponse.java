package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator of a tree with its points (分值) and guidance (评分标准); in an evaluation also its score and the
 * evaluator's note (level 3) or the sum of its children's scores (levels 1 and 2; null while none is scored).
 */
@Schema(name = "EvaluationIndicator", requiredProperties = {"level", "code", "name", "children"})
public record IndicatorResponse(int level, String code, String name, BigDecimal points, String guidance, BigDecimal score, String note,
                                List<IndicatorResponse> children) {
}
