package cn.gov.daxiang.perf.adapter.rest.sync;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/** An outbox message: its report (payload as the JSON object it is), delivery state and attempts. */
public record OutboxMessageResponse(String id, String messageType, String subjectType, String subjectId, String idempotencyKey,
                                    String state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                                    Instant sentAt, @JsonRawValue String payload) {
}
