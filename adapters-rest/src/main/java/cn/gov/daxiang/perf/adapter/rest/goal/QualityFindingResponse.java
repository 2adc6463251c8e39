package cn.gov.daxiang.perf.adapter.rest.goal;

/**
 * A quality finding on a goal: ERROR blocks submission, WARNING does not. {@code message} explains it in the
 * caller's language; {@code indicatorId} names the indicator it concerns, if any.
 */
public record QualityFindingResponse(String code, String severity, String indicatorId, String title, String message) {
}
