package cn.gov.daxiang.perf.adapter.provincial.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The province's answer to a report: ACCEPTED (new) or DUPLICATE (the idempotency key was known). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReportReceiptDto(String messageId, String idempotencyKey, String status, String receivedAt) {
}
