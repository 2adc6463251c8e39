package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.ChangeRoundRequest;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.OpenRoundRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
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
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

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
    @Operation(operationId = "listMonitoringRounds", summary = "List the monitoring rounds, latest first")
    public PageResponse<MonitoringRoundResponse> list(
            @Parameter(description = "Fiscal year", schema = @Schema(type = SchemaType.INTEGER), example = "2024") @QueryParam("fiscalYear") FiscalYear fiscalYear,
            @BeanParam @Valid PageQuery paging) {
        return PageResponse.of(list.listMonitoringRounds(requestActor.actor(), fiscalYear, paging.paging()), mapper::toResponse);
    }

    @POST
    @Operation(operationId = "openMonitoringRound",
            summary = "Open a round (finance): fiscal year, cut-off month, due date, warning thresholds (default 10 and 20 points)")
    @APIResponse(responseCode = "201", description = "Opened; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = MonitoringRoundResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<MonitoringRoundResponse> open(@Valid @NotNull OpenRoundRequest body, @Context UriInfo uri) {
        MonitoringRoundDetails opened = open.openMonitoringRound(requestActor.actor(), new OpenMonitoringRoundCommand(body.fiscalYear(),
                body.cutOffMonth(), body.dueDate(), MonitoringRestMapper.policy(body.yellowLagAbove(), body.redLagAbove())));
        return ResponseBuilder.<MonitoringRoundResponse>created(uri.getAbsolutePathBuilder().path(opened.round().getId().toString()).build())
                .tag(Long.toString(opened.revision())).entity(mapper.toResponse(opened)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMonitoringRound", summary = "One round")
    public RestResponse<MonitoringRoundResponse> find(@PathParam("id") MonitoringRoundId id) {
        return ok(find.findMonitoringRound(requestActor.actor(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "changeMonitoringRound", summary = "Move the due date or change the warning thresholds (finance)",
            description = "Requires If-Match. Submitted reports keep the warning of their submission.")
    public RestResponse<MonitoringRoundResponse> change(@PathParam("id") MonitoringRoundId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                        @Valid @NotNull ChangeRoundRequest body) {
        long revision = Revisions.fromIfMatch(ifMatch, MonitoringRound.AUDIT_TYPE, id.toString());
        return ok(change.changeMonitoringRound(requestActor.actor(), new ChangeMonitoringRoundCommand(id, revision, body.dueDate(),
                MonitoringRestMapper.policy(body.yellowLagAbove(), body.redLagAbove()))));
    }

    private RestResponse<MonitoringRoundResponse> ok(MonitoringRoundDetails details) {
        return ResponseBuilder.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }
}
