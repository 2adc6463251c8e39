package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.goal.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A quality finding on a goal: ERROR blocks submission, WARNING does not. {@code message} explains it in the
 * caller's language; {@code indicatorId} names the indicator it concerns, if any.
 */
@Schema(name = "GoalQualityFinding", requiredProperties = {"code", "severity", "title", "message"})
public record QualityFindingResponse(String code, Coded<Severity> severity, @Schema(format = "uuid") String indicatorId, String title,
                                     String message) {
}
