package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.ChangeRoundRequest;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.OpenRoundRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.monitoring.ChangeMonitoringRoundCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.ChangeMonitoringRoundUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.FindMonitoringRoundQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.ListMonitoringRoundsQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringRoundDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.OpenMonitoringRoundCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.OpenMonitoringRoundUseCase;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Monitoring rounds (绩效运行监控): finance opens and changes them; every user reads them (they are district-wide). */
@Path("/api/v1/monitoring-rounds")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "双监控: rounds, reports, warnings, funds decisions")
public class MonitoringRoundResource {

    private final OpenMonitoringRoundUseCase open;
    private final ChangeMonitoringRoundUseCase change;
    private final FindMonitoringRoundQuery find;
    private final ListMonitoringRoundsQuery list;
    private final MonitoringRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public MonitoringRoundResource(OpenMonitoringRoundUseCase open, ChangeMonitoringRoundUseCase change, FindMonitoringRoundQuery find,
                                   ListMonitoringRoundsQuery list, MonitoringRestMapper mapper, RequestActor requestActor) {
        this.open = open;
        this.change = change;
        this.find = find;
        this.list = list;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(summary = "List the monitoring rounds, latest first")
    public PageResponse<MonitoringRoundResponse> list(@Parameter(description = "Fiscal year") @QueryParam("fiscalYear") String fiscalYear,
                                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        FiscalYear year = params.optional("fiscalYear", fiscalYear, FiscalYear::parse);
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(list.listMonitoringRounds(requestActor.actor(), year, paging), mapper::toResponse);
    }

    @POST
    @Operation(summary = "Open a round (finance): fiscal year, cut-off month, due date, warning thresholds (default 10 and 20 points)")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response open(OpenRoundRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw Fields.missing("body");
        }
        FiscalYear year = Fields.within("fiscalYear", () -> FiscalYear.of(Fields.required("fiscalYear", request.fiscalYear())));
        int month = Fields.required("cutOffMonth", request.cutOffMonth());
        LocalDate due = Fields.required("dueDate", Fields.date("dueDate", request.dueDate()));
        WarningPolicy policy = MonitoringRequestReader.policy(request.yellowLagAbove(), request.redLagAbove());
        MonitoringRoundDetails opened = open.openMonitoringRound(requestActor.actor(), new OpenMonitoringRoundCommand(year, month, due, policy));
        return Response.created(uri.getAbsolutePathBuilder().path(opened.round().getId().toString()).build())
                .tag(Long.toString(opened.revision())).entity(mapper.toResponse(opened)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One round")
    public Response find(@PathParam("id") String id) {
        MonitoringRoundDetails details = find.findMonitoringRound(requestActor.actor(), roundId(id));
        return Response.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Move the due date or change the warning thresholds (finance)",
            description = "Requires If-Match. Submitted reports keep the warning of their submission.")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ChangeRoundRequest request) {
        MonitoringRoundId round = roundId(id);
        long revision = Revisions.fromIfMatch(ifMatch, MonitoringRound.AUDIT_TYPE, round.toString());
        if (request == null) {
            throw Fields.missing("body");
        }
        MonitoringRoundDetails changed = change.changeMonitoringRound(requestActor.actor(), new ChangeMonitoringRoundCommand(round, revision,
                Fields.date("dueDate", request.dueDate()),
                MonitoringRequestReader.policy(request.yellowLagAbove(), request.redLagAbove())));
        return Response.ok(mapper.toResponse(changed)).tag(Long.toString(changed.revision())).build();
    }

    static MonitoringRoundId roundId(String id) {
        try {
            return MonitoringRoundId.parse(id);
        } catch (InvalidValueException e) {
            throw e.forField("id");
        }
    }
}
