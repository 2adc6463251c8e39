package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.sync.OutboxState;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An outbox message: its report (payload as the JSON object it is), delivery state and attempts. */
@Schema(name = "OutboxMessage", requiredProperties = {"id", "messageType", "subjectType", "subjectId", "idempotencyKey", "state", "attempts",
        "createdAt", "payload"})
public record OutboxMessageResponse(String id, String messageType, String subjectType, String subjectId, String idempotencyKey,
                                    Coded<OutboxState> state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                                    Instant sentAt, @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "The report as sent") String payload) {
}
