package cn.gov.daxiang.perf.adapter.rest.audit;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.application.port.in.audit.ListAuditEventsQuery;
import cn.gov.daxiang.perf.domain.audit.AuditCriteria;
import cn.gov.daxiang.perf.domain.shared.Texts;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

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
    @Operation(operationId = "listAuditEvents", summary = "List audit events, newest first")
    public PageResponse<AuditEventResponse> list(
            @Parameter(description = "Object type, e.g. project, budget-unit") @QueryParam("objectType") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String objectType,
            @Parameter(description = "Object id, e.g. a project code") @QueryParam("objectId") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String objectId,
            @Parameter(description = "Actor (user id)") @QueryParam("actor") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String actor,
            @Parameter(description = "From this moment, inclusive: a date-time (2024-10-01T00:00:00Z) or a plain date (2024-10-01, "
                    + "the start of that day in the district, UTC+8)", example = "2024-01-01T00:00:00+08:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Up to this moment, exclusive; a date-time or a plain date as for from", example = "2025-01-01T00:00:00+08:00")
            @QueryParam("to") OffsetDateTime to,
            @BeanParam @Valid PageQuery paging) {
        AuditCriteria criteria = new AuditCriteria(term("objectType", objectType), term("objectId", objectId), term("actor", actor),
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        return PageResponse.of(listAuditEvents.listAuditEvents(requestActor.actor(), criteria, paging.paging()), mapper::toResponse);
    }

    /** A filter term as the criteria take it: trimmed, null when blank. */
    private static String term(String name, String raw) {
        return raw == null || raw.isBlank() ? null : Texts.searchTerm(name, raw);
    }
}
