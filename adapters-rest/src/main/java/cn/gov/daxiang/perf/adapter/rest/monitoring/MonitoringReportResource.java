package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.EntriesRequest;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.FundsDecisionRequest;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.OpenReportRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
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
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.FundsStatus;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
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

import java.util.Locale;

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
    private final MonitoringRestMapper mapper;
    private final WarningMessages warnings;
    private final ProblemMessages messages;
    private final RequestActor requestActor;

    @Inject
    public MonitoringReportResource(OpenMonitoringReportUseCase open, RecordMonitoringEntriesUseCase record, SubmitMonitoringReportUseCase submit,
                                    ReviewMonitoringReportUseCase review, DecideOnFundsUseCase funds, FindMonitoringReportQuery find,
                                    ListMonitoringReportsQuery list, MonitoringRestMapper mapper, WarningMessages warnings,
                                    ProblemMessages messages, RequestActor requestActor) {
        this.open = open;
        this.record = record;
        this.submit = submit;
        this.review = review;
        this.funds = funds;
        this.find = find;
        this.list = list;
        this.mapper = mapper;
        this.warnings = warnings;
        this.messages = messages;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(summary = "List the monitoring reports the caller may see", description = "By unit code, then opening order; paged (size at most 100).")
    public PageResponse<MonitoringReportResponse> list(
            @Parameter(description = "Round id") @QueryParam("roundId") String roundId,
            @Parameter(description = "Fiscal year") @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "Owning unit") @QueryParam("unitCode") String unitCode,
            @Parameter(description = "DRAFT, SUBMITTED, DEPT_REVIEWED or FINANCE_REVIEWED") @QueryParam("status") String status,
            @Parameter(description = "Kept warning: GREEN, YELLOW or RED") @QueryParam("warningLevel") String warningLevel,
            @Parameter(description = "NOT_APPLICABLE, DECISION_PENDING, SUSPENDED or CONTINUED") @QueryParam("fundsStatus") String fundsStatus,
            @Parameter(description = "true: the unit's execution override differs from the province's figures beyond the tolerance; false: not")
            @QueryParam("executionFlagged") String executionFlagged,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context HttpHeaders headers) {
        Params params = new Params();
        MonitoringReportCriteria criteria = new MonitoringReportCriteria(params.optional("roundId", roundId, MonitoringRoundId::parse),
                params.optional("fiscalYear", fiscalYear, FiscalYear::parse), params.optional("unitCode", unitCode, UnitCode::of),
                params.optional("status", status, t -> Fields.code("status", t, ReviewState.class)),
                params.optional("warningLevel", warningLevel, t -> Fields.code("warningLevel", t, WarningLevel.class)),
                params.optional("fundsStatus", fundsStatus, t -> Fields.code("fundsStatus", t, FundsStatus.class)), null,
                params.bool("executionFlagged", executionFlagged));
        Paging paging = params.paging(page, size);
        params.requireValid();
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        return PageResponse.of(list.listMonitoringReports(requestActor.actor(), criteria, paging), d -> toResponse(d, locale));
    }

    @POST
    @Operation(summary = "Open the report on an approved goal in a round (a new draft)", description = "By the goal unit's operator.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response open(OpenReportRequest request, @Context UriInfo uri, @Context HttpHeaders headers) {
        if (request == null) {
            throw Fields.missing("body");
        }
        MonitoringRoundId round = Fields.requiredText("roundId", request.roundId(), MonitoringRoundId::parse);
        GoalId goal = Fields.requiredText("goalId", request.goalId(), GoalId::of);
        MonitoringReportDetails opened = open.openMonitoringReport(requestActor.actor(), round, goal);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.report().getId().toString()).build())
                .tag(Long.toString(opened.revision())).entity(toResponse(opened, messages.negotiate(headers.getAcceptableLanguages()))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report with its lines, warning (kept, or a draft's preview), funds decisions and history")
    public Response find(@PathParam("id") String id, @Context HttpHeaders headers) {
        return ok(find.findMonitoringReport(requestActor.actor(), reportId(id)), headers);
    }

    @PUT
    @Path("/{id}/entries")
    @Operation(summary = "Fill the draft: the budget side and indicator lines", description = "Requires If-Match. A refused line changes nothing.")
    public Response entries(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EntriesRequest request,
                            @Context HttpHeaders headers) {
        MonitoringReportId report = reportId(id);
        long revision = revision(ifMatch, report);
        return ok(record.recordMonitoringEntries(requestActor.actor(),
                new RecordMonitoringEntriesCommand(report, revision, MonitoringRequestReader.entries(request))), headers);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit: every line, the budget side and every off-track explanation required; the warning is kept",
            description = "Requires If-Match.")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpHeaders headers) {
        MonitoringReportId report = reportId(id);
        return ok(submit.submitMonitoringReport(requestActor.actor(), report, revision(ifMatch, report)), headers);
    }

    @POST
    @Path("/{id}/dept-approve")
    @Operation(summary = "The supervising department passes the report to finance", description = "Requires If-Match; optional opinion.")
    public Response deptApprove(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequest request,
                                @Context HttpHeaders headers) {
        return step(id, ifMatch, ReviewAction.DEPT_APPROVE, request == null ? null : request.opinion(), headers);
    }

    @POST
    @Path("/{id}/dept-return")
    @Operation(summary = "The supervising department returns the report to the unit", description = "Requires If-Match and a reason.")
    public Response deptReturn(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequest request,
                               @Context HttpHeaders headers) {
        return step(id, ifMatch, ReviewAction.DEPT_RETURN, request == null ? null : request.reason(), headers);
    }

    @POST
    @Path("/{id}/finance-approve")
    @Operation(summary = "Finance approves the report", description = "Requires If-Match; optional opinion.")
    public Response financeApprove(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequest request,
                                   @Context HttpHeaders headers) {
        return step(id, ifMatch, ReviewAction.FINANCE_APPROVE, request == null ? null : request.opinion(), headers);
    }

    @POST
    @Path("/{id}/finance-return")
    @Operation(summary = "Finance returns the report to the unit", description = "Requires If-Match and a reason.")
    public Response financeReturn(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequest request,
                                  @Context HttpHeaders headers) {
        return step(id, ifMatch, ReviewAction.FINANCE_RETURN, request == null ? null : request.reason(), headers);
    }

    @POST
    @Path("/{id}/funds-decisions")
    @Operation(summary = "Finance decides on a submitted RED report's funds: SUSPEND (暂缓拨款) or CONTINUE, with the reason",
            description = "Requires If-Match. Every decision is kept; the latest applies.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response decideOnFunds(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FundsDecisionRequest request,
                                  @Context HttpHeaders headers) {
        MonitoringReportId report = reportId(id);
        long revision = revision(ifMatch, report);
        if (request == null) {
            throw Fields.missing("body");
        }
        FundsDecisionKind decision = Fields.requiredText("decision", request.decision(), t -> Fields.code("decision", t, FundsDecisionKind.class));
        return ok(funds.decideOnFunds(requestActor.actor(), new DecideOnFundsCommand(report, revision, decision, request.reason())), headers);
    }

    private Response step(String id, String ifMatch, ReviewAction action, String text, HttpHeaders headers) {
        MonitoringReportId report = reportId(id);
        return ok(review.reviewMonitoringReport(requestActor.actor(),
                new ReviewMonitoringReportCommand(report, revision(ifMatch, report), action, text)), headers);
    }

    private Response ok(MonitoringReportDetails details, HttpHeaders headers) {
        return Response.ok(toResponse(details, messages.negotiate(headers.getAcceptableLanguages())))
                .tag(Long.toString(details.revision())).build();
    }

    private MonitoringReportResponse toResponse(MonitoringReportDetails details, Locale locale) {
        return mapper.toResponse(details, warnings.toResponse(details.warning().orElse(null), mapper.keptWarning(details.report()), locale));
    }

    private static long revision(String ifMatch, MonitoringReportId id) {
        return Revisions.fromIfMatch(ifMatch, MonitoringReport.AUDIT_TYPE, id.toString());
    }

    private static MonitoringReportId reportId(String id) {
        try {
            return MonitoringReportId.parse(id);
        } catch (InvalidValueException e) {
            throw e.forField("id");
        }
    }
}
