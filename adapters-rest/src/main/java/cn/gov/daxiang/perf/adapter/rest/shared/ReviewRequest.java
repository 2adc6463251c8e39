package cn.gov.daxiang.perf.adapter.rest.shared;

/**
 * The body of a review command: {@code opinion} (审核意见, optional) for an approval, {@code reason} (退回原因,
 * required) for a return. An absent body is an empty one.
 */
public record ReviewRequest(String opinion, String reason) {
}
