package cn.gov.daxiang.perf.adapter.rest.rectification;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.rectification.RectificationRequests.IssueRectificationsRequest;
import cn.gov.daxiang.perf.adapter.rest.rectification.RectificationRequests.RaiseRectificationRequest;
import cn.gov.daxiang.perf.adapter.rest.rectification.RectificationRequests.ReportRequest;
import cn.gov.daxiang.perf.adapter.rest.rectification.RectificationRequests.ReturnRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.rectification.FindRectificationQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.IssueRectificationsUseCase;
import cn.gov.daxiang.perf.application.port.in.rectification.ListRectificationsQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.RaiseRectificationCommand;
import cn.gov.daxiang.perf.application.port.in.rectification.RaiseRectificationUseCase;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationDetails;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationStepsUseCase;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationSummaryQuery;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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

    static final String UUID_PATTERN = "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$|^\\s*$";

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
    @Operation(operationId = "listRectifications", summary = "List the items the caller may see, the nearest deadline first",
            description = "overdue=true: the items the unit still owes past their deadline (the district's day today); false: the others.")
    public PageResponse<RectificationResponse> list(
            @Parameter(description = "The evaluation the items come from (key or self-evaluation id)", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("evaluation") @Pattern(regexp = UUID_PATTERN, message = "RECTIFICATION_EVALUATION_ID_MALFORMED") String evaluation,
            @Parameter(description = "Project code", schema = @Schema(type = SchemaType.STRING)) @QueryParam("projectCode") ProjectCode projectCode,
            @Parameter(description = "Responsible unit's code", schema = @Schema(type = SchemaType.STRING)) @QueryParam("unitCode") UnitCode unitCode,
            @Parameter(description = "ISSUED, IN_PROGRESS, REPORTED, RETURNED or VERIFIED, or the label (已下达, 整改中 …)") @QueryParam("state") RectificationState state,
            @Parameter(description = "true or false") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "The evaluations' year (a key evaluation's plan year, a self-evaluation's fiscal year)",
                    schema = @Schema(type = SchemaType.INTEGER, example = "2024")) @QueryParam("year") FiscalYear year,
            @BeanParam @Valid PageQuery paging) {
        Actor actor = requestActor.actor();
        RectificationCriteria criteria = new RectificationCriteria(evaluation == null || evaluation.isBlank() ? null : UUID.fromString(evaluation.strip()),
                projectCode, unitCode, state, overdue, year, list.districtToday());
        return PageResponse.of(list.listRectifications(actor, criteria, paging.paging()), d -> mapper.toResponse(actor, d));
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "summarizeRectifications",
            summary = "Rectification status of a year's evaluations: counts by state, overdue and reported late, per unit and in total",
            description = "Of the items the caller may see; overdue on the district's day today.")
    public RectificationSummaryResponse summary(
            @Parameter(description = "The evaluations' year, e.g. 2024", required = true, schema = @Schema(type = SchemaType.INTEGER, example = "2024"))
            @QueryParam("year") @NotNull FiscalYear year) {
        return mapper.toResponse(year, summary.summarizeRectifications(requestActor.actor(), year));
    }

    @POST
    @Operation(operationId = "raiseRectification", summary = "Raise an item on an evaluation (finance)",
            description = "evaluationKind KEY_EVALUATION or SELF_EVALUATION; projectCode absent: the unit's overall spending; deadline absent: today + the configured days.")
    @APIResponse(responseCode = "201", description = "Raised; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = RectificationResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<RectificationResponse> raise(@Valid @NotNull RaiseRectificationRequest body, @Context UriInfo uri) {
        Actor actor = requestActor.actor();
        RectificationDetails raised = raise.raiseRectification(actor, new RaiseRectificationCommand(body.evaluationKind(), body.evaluationId(),
                body.projectCode(), body.responsibleUnitCode(), body.text(), body.deadline()));
        return ResponseBuilder.<RectificationResponse>created(uri.getAbsolutePathBuilder().path(raised.rectification().getId().toString()).build())
                .tag(Long.toString(raised.revision())).entity(mapper.toResponse(actor, raised)).build();
    }

    @POST
    @Path("/issues")
    @Operation(operationId = "issueRectifications",
            summary = "Issue the items of an accepted key evaluation's findings that have none yet (finance)",
            description = "Acceptance issues them by itself; this issues what is missing (an evaluation accepted before), never a second item of one finding. Answers the items issued now (none when nothing was missing).")
    public List<RectificationResponse> issue(@Valid @NotNull IssueRectificationsRequest body) {
        Actor actor = requestActor.actor();
        return issue.issueRectifications(actor, KeyEvaluationId.of(body.keyEvaluationId())).stream().map(d -> mapper.toResponse(actor, d)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRectification", summary = "One item, with whether it is overdue today and its reports")
    public RestResponse<RectificationResponse> find(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull RectificationId id) {
        return ok(find.findRectification(requestActor.actor(), id));
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "startRectification", summary = "Start the rectification (the responsible unit)", description = "Requires If-Match.")
    public RestResponse<RectificationResponse> start(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull RectificationId id,
                                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(steps.startRectification(requestActor.actor(), id, revision(ifMatch, id)));
    }

    @POST
    @Path("/{id}/report")
    @Operation(operationId = "reportRectification", summary = "Report how it was rectified (整改落实情况; the responsible unit)",
            description = "A text, and at least one evidence file attached to the item beforehand (ownerType RECTIFICATION). After the deadline day the report is recorded late. Requires If-Match.")
    public RestResponse<RectificationResponse> report(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull RectificationId id,
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReportRequest body) {
        long revision = revision(ifMatch, id);
        return ok(steps.reportRectification(requestActor.actor(), id, revision, body.text()));
    }

    @POST
    @Path("/{id}/verify")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "verifyRectification", summary = "Verify the rectification (finance; 核实)", description = "Requires If-Match.")
    public RestResponse<RectificationResponse> verify(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull RectificationId id,
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(steps.verifyRectification(requestActor.actor(), id, revision(ifMatch, id)));
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "returnRectification", summary = "Return the report to the unit with reasons (finance; 退回)",
            description = "The unit reports again. Requires If-Match.")
    public RestResponse<RectificationResponse> returnToUnit(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull RectificationId id,
                                                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReturnRequest body) {
        long revision = revision(ifMatch, id);
        return ok(steps.returnRectification(requestActor.actor(), id, revision, body.reason()));
    }

    private RestResponse<RectificationResponse> ok(RectificationDetails details) {
        return ResponseBuilder.ok(mapper.toResponse(requestActor.actor(), details)).tag(Long.toString(details.revision())).build();
    }

    private static long revision(String ifMatch, RectificationId id) {
        return Revisions.fromIfMatch(ifMatch, Rectification.AUDIT_TYPE, id.toString());
    }
}
