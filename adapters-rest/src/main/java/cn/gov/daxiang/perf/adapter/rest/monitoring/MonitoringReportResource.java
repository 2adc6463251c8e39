package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.EntriesRequest;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.FundsDecisionRequest;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.OpenReportRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.ReviewRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.monitoring.DecideOnFundsCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.DecideOnFundsUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.FindMonitoringReportQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.ListMonitoringReportsQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.OpenMonitoringReportUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.RecordMonitoringEntriesCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.RecordMonitoringEntriesUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.ReviewMonitoringReportCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.ReviewMonitoringReportUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.SubmitMonitoringReportUseCase;
import cn.gov.daxiang.perf.application.port.in.review.SubmissionContext;
import cn.gov.daxiang.perf.application.port.in.review.SubmissionContextQuery;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.monitoring.FundsStatus;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
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

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Monitoring reports (绩效运行监控表): the unit opens one per approved goal and round, fills and submits it (the
 * warning is assessed and kept), its department and finance review it, finance decides on a red report's funds.
 * Every change needs If-Match; command paths are the allowed actions in kebab case (DEPT_APPROVE → /dept-approve).
 */
@Path("/api/v1/monitoring-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring")
public class MonitoringReportResource {

    private final OpenMonitoringReportUseCase open;
    private final RecordMonitoringEntriesUseCase record;
    private final SubmitMonitoringReportUseCase submit;
    private final ReviewMonitoringReportUseCase review;
    private final DecideOnFundsUseCase funds;
    private final FindMonitoringReportQuery find;
    private final ListMonitoringReportsQuery list;
    private final SubmissionContextQuery contexts;
    private final MonitoringRestMapper mapper;
    private final WarningMessages warnings;
    private final ProblemMessages messages;
    private final RequestActor requestActor;

    @Inject
    public MonitoringReportResource(OpenMonitoringReportUseCase open, RecordMonitoringEntriesUseCase record, SubmitMonitoringReportUseCase submit,
                                    ReviewMonitoringReportUseCase review, DecideOnFundsUseCase funds, FindMonitoringReportQuery find,
                                    ListMonitoringReportsQuery list, SubmissionContextQuery contexts, MonitoringRestMapper mapper,
                                    WarningMessages warnings, ProblemMessages messages, RequestActor requestActor) {
        this.open = open;
        this.record = record;
        this.submit = submit;
        this.review = review;
        this.funds = funds;
        this.find = find;
        this.list = list;
        this.contexts = contexts;
        this.mapper = mapper;
        this.warnings = warnings;
        this.messages = messages;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listMonitoringReports", summary = "List the monitoring reports the caller may see",
            description = "By unit code, then opening order; paged. Coded filters take the code or the label.")
    public PageResponse<MonitoringReportResponse> list(
            @Parameter(description = "Round id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("roundId") MonitoringRoundId roundId,
            @Parameter(description = "Fiscal year", schema = @Schema(type = SchemaType.INTEGER), example = "2024") @QueryParam("fiscalYear") FiscalYear fiscalYear,
            @Parameter(description = "Owning unit", schema = @Schema(type = SchemaType.STRING), example = "108002") @QueryParam("unitCode") UnitCode unitCode,
            @Parameter(description = "Review state (code or label)") @QueryParam("status") ReviewState status,
            @Parameter(description = "Kept warning (code or label)") @QueryParam("warningLevel") WarningLevel warningLevel,
            @Parameter(description = "Funds status (code or label)") @QueryParam("fundsStatus") FundsStatus fundsStatus,
            @Parameter(description = "true: the unit's execution override differs from the province's figures beyond the tolerance; false: not")
            @QueryParam("executionFlagged") Boolean executionFlagged,
            @BeanParam @Valid PageQuery paging, @Context HttpHeaders headers) {
        MonitoringReportCriteria criteria = new MonitoringReportCriteria(roundId, fiscalYear, unitCode, status, warningLevel, fundsStatus, null,
                executionFlagged);
        Actor actor = requestActor.actor();
        Page<MonitoringReportDetails> page = list.listMonitoringReports(actor, criteria, paging.paging());
        SubmissionContext context = context(actor, page.items());
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        return PageResponse.of(page, d -> toResponse(d, context, locale));
    }

    @POST
    @Operation(operationId = "openMonitoringReport", summary = "Open the report on an approved goal in a round (a new draft)",
            description = "By the goal unit's operator.")
    @APIResponse(responseCode = "201", description = "Opened; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = MonitoringReportResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<MonitoringReportResponse> open(@Valid @NotNull OpenReportRequest body, @Context UriInfo uri, @Context HttpHeaders headers) {
        MonitoringReportDetails opened = open.openMonitoringReport(requestActor.actor(), body.roundId(), body.goalId());
        return ResponseBuilder.<MonitoringReportResponse>created(uri.getAbsolutePathBuilder().path(opened.report().getId().toString()).build())
                .tag(Long.toString(opened.revision())).entity(one(opened, headers)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMonitoringReport",
            summary = "One report with its lines, warning (kept, or a draft's preview), funds decisions and history")
    public RestResponse<MonitoringReportResponse> find(@PathParam("id") MonitoringReportId id, @Context HttpHeaders headers) {
        return ok(find.findMonitoringReport(requestActor.actor(), id), headers);
    }

    @PUT
    @Path("/{id}/entries")
    @Operation(operationId = "recordMonitoringEntries", summary = "Fill the draft: the budget side and indicator lines",
            description = "Requires If-Match. A refused line changes nothing.")
    public RestResponse<MonitoringReportResponse> entries(@PathParam("id") MonitoringReportId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                          @Valid @NotNull EntriesRequest body, @Context HttpHeaders headers) {
        long revision = revision(ifMatch, id);
        return ok(record.recordMonitoringEntries(requestActor.actor(), new RecordMonitoringEntriesCommand(id, revision, mapper.toEntries(body))),
                headers);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitMonitoringReport",
            summary = "Submit: every line, the budget side and every off-track explanation required; the warning is kept",
            description = "Requires If-Match.")
    public RestResponse<MonitoringReportResponse> submit(@PathParam("id") MonitoringReportId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                         @Context HttpHeaders headers) {
        return ok(submit.submitMonitoringReport(requestActor.actor(), id, revision(ifMatch, id)), headers);
    }

    @POST
    @Path("/{id}/dept-approve")
    @Operation(operationId = "deptApproveMonitoringReport", summary = "The supervising department passes the report to finance",
            description = "Requires If-Match; optional opinion.")
    public RestResponse<MonitoringReportResponse> deptApprove(@PathParam("id") MonitoringReportId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                              @Valid ReviewRequest body, @Context HttpHeaders headers) {
        return step(id, ifMatch, ReviewAction.DEPT_APPROVE, body == null ? null : body.opinion(), headers);
    }

    @POST
    @Path("/{id}/dept-return")
    @Operation(operationId = "deptReturnMonitoringReport", summary = "The supervising department returns the report to the unit",
            description = "Requires If-Match and a reason.")
    public RestResponse<MonitoringReportResponse> deptReturn(@PathParam("id") MonitoringReportId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                             @Valid ReviewRequest body, @Context HttpHeaders headers) {
        return step(id, ifMatch, ReviewAction.DEPT_RETURN, body == null ? null : body.reason(), headers);
    }

    @POST
    @Path("/{id}/finance-approve")
    @Operation(operationId = "financeApproveMonitoringReport", summary = "Finance approves the report", description = "Requires If-Match; optional opinion.")
    public RestResponse<MonitoringReportResponse> financeApprove(@PathParam("id") MonitoringReportId id,
                                                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ReviewRequest body,
                                                                 @Context HttpHeaders headers) {
        return step(id, ifMatch, ReviewAction.FINANCE_APPROVE, body == null ? null : body.opinion(), headers);
    }

    @POST
    @Path("/{id}/finance-return")
    @Operation(operationId = "financeReturnMonitoringReport", summary = "Finance returns the report to the unit",
            description = "Requires If-Match and a reason.")
    public RestResponse<MonitoringReportResponse> financeReturn(@PathParam("id") MonitoringReportId id,
                                                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ReviewRequest body,
                                                                @Context HttpHeaders headers) {
        return step(id, ifMatch, ReviewAction.FINANCE_RETURN, body == null ? null : body.reason(), headers);
    }

    @POST
    @Path("/{id}/funds-decisions")
    @Operation(operationId = "decideOnMonitoredFunds",
            summary = "Finance decides on a submitted RED report's funds: SUSPEND (暂缓拨款) or CONTINUE, with the reason",
            description = "Requires If-Match. Every decision is kept; the latest applies.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<MonitoringReportResponse> decideOnFunds(@PathParam("id") MonitoringReportId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                                @Valid @NotNull FundsDecisionRequest body, @Context HttpHeaders headers) {
        long revision = revision(ifMatch, id);
        return ok(funds.decideOnFunds(requestActor.actor(), new DecideOnFundsCommand(id, revision, body.decision(), body.reason())), headers);
    }

    private RestResponse<MonitoringReportResponse> step(MonitoringReportId id, String ifMatch, ReviewAction action, String text, HttpHeaders headers) {
        return ok(review.reviewMonitoringReport(requestActor.actor(),
                new ReviewMonitoringReportCommand(id, revision(ifMatch, id), action, text)), headers);
    }

    private RestResponse<MonitoringReportResponse> ok(MonitoringReportDetails details, HttpHeaders headers) {
        return ResponseBuilder.ok(one(details, headers)).tag(Long.toString(details.revision())).build();
    }

    private MonitoringReportResponse one(MonitoringReportDetails details, HttpHeaders headers) {
        Actor actor = requestActor.actor();
        return toResponse(details, context(actor, List.of(details)), messages.negotiate(headers.getAcceptableLanguages()));
    }

    /** The names and the caller's permissions for a page of reports, read at once. */
    private SubmissionContext context(Actor actor, List<MonitoringReportDetails> reports) {
        return contexts.submissionContext(actor, reports.stream().map(d -> d.report().getUnitCode()).distinct().toList(),
                reports.stream().map(d -> d.report().getProjectCode().orElse(null)).filter(Objects::nonNull).distinct().toList());
    }

    private MonitoringReportResponse toResponse(MonitoringReportDetails details, SubmissionContext context, Locale locale) {
        return mapper.toResponse(details, warnings.toResponse(details.warning().orElse(null), mapper.keptWarning(details.report()), locale),
                context);
    }

    private static long revision(String ifMatch, MonitoringReportId id) {
        return Revisions.fromIfMatch(ifMatch, MonitoringReport.AUDIT_TYPE, id.toString());
    }
}
