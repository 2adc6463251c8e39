package cn.gov.daxiang.perf.adapter.rest.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "AuditEvent", requiredProperties = {"eventId", "occurredAt", "actorId", "actorRoles", "objectType", "objectId", "kind",
        "action", "changes"})
public record AuditEventResponse(UUID eventId, Instant occurredAt, String actorId, List<String> actorRoles,
                                 String objectType, String objectId, String kind, String action,
                                 List<Change> changes, String requestId) {

    @Schema(name = "AuditEventChange", requiredProperties = {"field"})
    public record Change(String field, String before, String after) {
    }
}
