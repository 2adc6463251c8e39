package cn.gov.daxiang.perf.adapter.rest.audit;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.application.port.in.audit.ListAuditEventsQuery;
import cn.gov.daxiang.perf.domain.audit.AuditCriteria;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

@Path("/api/v1/audit-events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every state change: who, when, what, before and after. FINANCE_ADMIN and AUDITOR only.")
public class AuditEventResource {

    private final ListAuditEventsQuery listAuditEvents;
    private final AuditEventRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public AuditEventResource(ListAuditEventsQuery listAuditEvents, AuditEventRestMapper mapper, RequestActor requestActor) {
        this.listAuditEvents = listAuditEvents;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(summary = "List audit events, newest first")
    public PageResponse<AuditEventResponse> list(
            @Parameter(description = "Object type, e.g. project, budget-unit") @QueryParam("objectType") String objectType,
            @Parameter(description = "Object id, e.g. a project code") @QueryParam("objectId") String objectId,
            @Parameter(description = "Actor (user id)") @QueryParam("actor") String actor,
            @Parameter(description = "From this instant, inclusive (ISO-8601, e.g. 2024-10-01T00:00:00Z)") @QueryParam("from") String from,
            @Parameter(description = "Up to this instant, exclusive") @QueryParam("to") String to,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        Params params = new Params();
        Instant fromInstant = params.optional("from", from, text -> instant("from", text));
        Instant toInstant = params.optional("to", to, text -> instant("to", text));
        String objectTypeTerm = params.text("objectType", objectType);
        String objectIdTerm = params.text("objectId", objectId);
        String actorTerm = params.text("actor", actor);
        Paging paging = params.paging(page, size);
        params.requireValid();
        AuditCriteria criteria = new AuditCriteria(objectTypeTerm, objectIdTerm, actorTerm, fromInstant, toInstant);
        return PageResponse.of(listAuditEvents.listAuditEvents(requestActor.actor(), criteria, paging), mapper::toResponse);
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("PARAMETER_MALFORMED", Map.of("parameter", name, "value", text, "expected", "ISO-8601 instant"));
        }
    }
}
