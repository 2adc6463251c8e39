package cn.gov.daxiang.perf.adapter.rest.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AuditEventResponse(UUID eventId, Instant occurredAt, String actorId, List<String> actorRoles,
                                 String objectType, String objectId, String kind, String action,
                                 List<Change> changes, String requestId) {

    public record Change(String field, String before, String after) {
    }
}
