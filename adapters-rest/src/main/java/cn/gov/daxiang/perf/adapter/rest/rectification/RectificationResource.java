package cn.gov.daxiang.perf.adapter.rest.rectification;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.rectification.RectificationRequests.IssueRectificationsRequest;
import cn.gov.daxiang.perf.adapter.rest.rectification.RectificationRequests.RaiseRectificationRequest;
import cn.gov.daxiang.perf.adapter.rest.rectification.RectificationRequests.ReportRequest;
import cn.gov.daxiang.perf.adapter.rest.rectification.RectificationRequests.ReturnRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.rectification.FindRectificationQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.IssueRectificationsUseCase;
import cn.gov.daxiang.perf.application.port.in.rectification.ListRectificationsQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.RaiseRectificationCommand;
import cn.gov.daxiang.perf.application.port.in.rectification.RaiseRectificationUseCase;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationDetails;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationStepsUseCase;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationSummaryQuery;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rectification (整改): items issued from accepted key evaluations' findings (automatically at acceptance) and raised by
 * finance on any evaluation. The responsible unit starts and reports (整改落实情况, with at least one evidence file
 * attached as {@code RECTIFICATION}); finance verifies or returns. Overdue is computed from the deadline and the
 * district's day on every read. Units see their own items, departments their units', finance and auditors all; anybody
 * else is told "not found". Changes need If-Match (the ETag).
 */
@Path("/api/v1/rectifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rectifications", description = "整改: issue, start, report, verify, return; overdue from the clock")
public class RectificationResource {

    private final RaiseRectificationUseCase raise;
    private final IssueRectificationsUseCase issue;
    private final RectificationStepsUseCase steps;
    private final FindRectificationQuery find;
    private final ListRectificationsQuery list;
    private final RectificationSummaryQuery summary;
    private final RectificationRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public RectificationResource(RaiseRectificationUseCase raise, IssueRectificationsUseCase issue, RectificationStepsUseCase steps,
                                 FindRectificationQuery find, ListRectificationsQuery list, RectificationSummaryQuery summary,
                                 RectificationRestMapper mapper, RequestActor requestActor) {
        this.raise = raise;
        this.issue = issue;
        this.steps = steps;
        this.find = find;
        this.list = list;
        this.summary = summary;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(summary = "List the items the caller may see, the nearest deadline first",
            description = "overdue=true: the items the unit still owes past their deadline (the district's day today); false: the others.")
    public PageResponse<RectificationResponse> list(
            @Parameter(description = "The evaluation the items come from (key or self-evaluation id)") @QueryParam("evaluation") String evaluation,
            @Parameter(description = "Project code") @QueryParam("projectCode") String projectCode,
            @Parameter(description = "Responsible unit's code") @QueryParam("unitCode") String unitCode,
            @Parameter(description = "ISSUED, IN_PROGRESS, REPORTED, RETURNED or VERIFIED") @QueryParam("state") String state,
            @Parameter(description = "true or false") @QueryParam("overdue") String overdue,
            @Parameter(description = "The evaluations' year (a key evaluation's plan year, a self-evaluation's fiscal year)") @QueryParam("year") String year,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        RectificationCriteria criteria = new RectificationCriteria(params.optional("evaluation", evaluation, t -> uuid("evaluation", t)),
                params.optional("projectCode", projectCode, ProjectCode::of), params.optional("unitCode", unitCode, UnitCode::of),
                params.optional("state", state, t -> Fields.code("state", t, RectificationState.class)), params.bool("overdue", overdue),
                params.optional("year", year, FiscalYear::parse), list.districtToday());
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(list.listRectifications(requestActor.actor(), criteria, paging), mapper::toResponse);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Rectification status of a year's evaluations: counts by state, overdue and reported late, per unit and in total",
            description = "Of the items the caller may see; overdue on the district's day today.")
    public RectificationSummaryResponse summary(@Parameter(description = "The evaluations' year, e.g. 2024", required = true) @QueryParam("year") String year) {
        FiscalYear fiscalYear = Params.required("year", year, FiscalYear::parse);
        return mapper.toResponse(fiscalYear, summary.summarizeRectifications(requestActor.actor(), fiscalYear));
    }

    @POST
    @Operation(summary = "Raise an item on an evaluation (finance)",
            description = "evaluationKind KEY_EVALUATION or SELF_EVALUATION; projectCode absent: the unit's overall spending; deadline absent: today + the configured days.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response raise(RaiseRectificationRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw Fields.missing("body");
        }
        EvaluationKind kind = Fields.requiredText("evaluationKind", request.evaluationKind(), t -> Fields.code("evaluationKind", t, EvaluationKind.class));
        UUID evaluation = Fields.requiredText("evaluationId", request.evaluationId(), t -> uuid("evaluationId", t));
        ProjectCode project = Fields.optionalText("projectCode", request.projectCode(), t -> Fields.within("projectCode", () -> ProjectCode.of(t.strip())));
        UnitCode unit = Fields.requiredText("responsibleUnitCode", request.responsibleUnitCode(),
                t -> Fields.within("responsibleUnitCode", () -> UnitCode.of(t.strip())));
        String text = Fields.required("text", request.text());
        RectificationDetails raised = raise.raiseRectification(requestActor.actor(), new RaiseRectificationCommand(kind, evaluation, project,
                unit, text, Fields.date("deadline", request.deadline())));
        return Response.created(uri.getAbsolutePathBuilder().path(raised.rectification().getId().toString()).build())
                .tag(Long.toString(raised.revision())).entity(mapper.toResponse(raised)).build();
    }

    @POST
    @Path("/issues")
    @Operation(summary = "Issue the items of an accepted key evaluation's findings that have none yet (finance)",
            description = "Acceptance issues them by itself; this issues what is missing (an evaluation accepted before), never a second item of one finding. Answers the items issued now (none when nothing was missing).")
    public List<RectificationResponse> issue(IssueRectificationsRequest request) {
        if (request == null) {
            throw Fields.missing("body");
        }
        KeyEvaluationId id = Fields.requiredText("keyEvaluationId", request.keyEvaluationId(), t -> KeyEvaluationId.of(uuid("keyEvaluationId", t)));
        return issue.issueRectifications(requestActor.actor(), id).stream().map(mapper::toResponse).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One item, with whether it is overdue today and its reports")
    public Response find(@PathParam("id") String id) {
        return ok(find.findRectification(requestActor.actor(), rectificationId(id)));
    }

    @POST
    @Path("/{id}/start")
    @Operation(summary = "Start the rectification (the responsible unit)", description = "Requires If-Match.")
    public Response start(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RectificationId item = rectificationId(id);
        return ok(steps.startRectification(requestActor.actor(), item, revision(ifMatch, item)));
    }

    @POST
    @Path("/{id}/report")
    @Operation(summary = "Report how it was rectified (整改落实情况; the responsible unit)",
            description = "A text, and at least one evidence file attached to the item beforehand (ownerType RECTIFICATION). After the deadline day the report is recorded late. Requires If-Match.")
    public Response report(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReportRequest request) {
        RectificationId item = rectificationId(id);
        long revision = revision(ifMatch, item);
        return ok(steps.reportRectification(requestActor.actor(), item, revision, request == null ? null : request.text()));
    }

    @POST
    @Path("/{id}/verify")
    @Operation(summary = "Verify the rectification (finance; 核实)", description = "Requires If-Match.")
    public Response verify(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RectificationId item = rectificationId(id);
        return ok(steps.verifyRectification(requestActor.actor(), item, revision(ifMatch, item)));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return the report to the unit with reasons (finance; 退回)", description = "The unit reports again. Requires If-Match.")
    public Response returnToUnit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReturnRequest request) {
        RectificationId item = rectificationId(id);
        long revision = revision(ifMatch, item);
        return ok(steps.returnRectification(requestActor.actor(), item, revision, request == null ? null : request.reason()));
    }

    private Response ok(RectificationDetails details) {
        return Response.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    private static long revision(String ifMatch, RectificationId id) {
        return Revisions.fromIfMatch(ifMatch, Rectification.AUDIT_TYPE, id.toString());
    }

    private static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "RECTIFICATION_EVALUATION_ID_MALFORMED", Map.of("field", field, "value", text));
        }
    }

    static RectificationId rectificationId(String id) {
        try {
            return RectificationId.parse(id);
        } catch (InvalidValueException e) {
            throw e.forField("id");
        }
    }
}
