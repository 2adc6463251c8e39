package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.AdjustmentRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.DeclareGoalRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.DepartmentReviewRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.EditGoalRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.FinanceReviewRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.ReturnGoalRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.ReviewAssignmentRequest;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.goal.ApproveGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.AssignGoalReviewUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.EditGoalContentCommand;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.EditGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.FindGoalQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalQualityQuery;
import cn.gov.daxiang.perf.application.port.in.goal.IndicatorRecommendationsQuery;
import cn.gov.daxiang.perf.application.port.in.goal.ListGoalsQuery;
import cn.gov.daxiang.perf.application.port.in.goal.OpenGoalAdjustmentCommand;
import cn.gov.daxiang.perf.application.port.in.goal.OpenGoalAdjustmentUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewCommand;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.PublishGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReturnGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ReturnGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReviseGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.SubmitGoalUseCase;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Texts;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * Performance goals (绩效目标): declaration by the unit, department and finance review, approval,
 * publication and adjustment. Every change names the revision it was made from (If-Match); the
 * response carries the new one (ETag) and the actions allowed next.
 */
@Path("/api/v1/performance-goals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Performance goals", description = "绩效目标: declaration, review, approval, publication, adjustment")
public class PerformanceGoalResource {

    static final int MAX_RECOMMENDATIONS = 50;

    private final DeclareGoalUseCase declare;
    private final EditGoalUseCase edit;
    private final SubmitGoalUseCase submit;
    private final ReviseGoalUseCase revise;
    private final PassDepartmentReviewUseCase passDepartmentReview;
    private final ReturnGoalUseCase returnGoal;
    private final ReviewGoalByFinanceUseCase financeReview;
    private final ApproveGoalUseCase approve;
    private final PublishGoalUseCase publish;
    private final OpenGoalAdjustmentUseCase openAdjustment;
    private final AssignGoalReviewUseCase assignReview;
    private final FindGoalQuery findGoal;
    private final ListGoalsQuery listGoals;
    private final GoalQualityQuery qualityQuery;
    private final IndicatorRecommendationsQuery recommendations;
    private final GoalRestMapper mapper;
    private final GoalFindingsMessages findingsMessages;
    private final ProblemMessages messages;
    private final RequestActor requestActor;


    @Inject
    public PerformanceGoalResource(DeclareGoalUseCase declare,
                                   EditGoalUseCase edit,
                                   SubmitGoalUseCase submit,
                                   ReviseGoalUseCase revise,
                                   PassDepartmentReviewUseCase passDepartmentReview,
                                   ReturnGoalUseCase returnGoal,
                                   ReviewGoalByFinanceUseCase financeReview,
                                   ApproveGoalUseCase approve,
                                   PublishGoalUseCase publish,
                                   OpenGoalAdjustmentUseCase openAdjustment,
                                   AssignGoalReviewUseCase assignReview,
                                   FindGoalQuery findGoal,
                                   ListGoalsQuery listGoals,
                                   GoalQualityQuery qualityQuery,
                                   IndicatorRecommendationsQuery recommendations,
                                   GoalRestMapper mapper,
                                   GoalFindingsMessages findingsMessages,
                                   ProblemMessages messages,
                                   RequestActor requestActor) {
        this.declare = declare;
        this.edit = edit;
        this.submit = submit;
        this.revise = revise;
        this.passDepartmentReview = passDepartmentReview;
        this.returnGoal = returnGoal;
        this.financeReview = financeReview;
        this.approve = approve;
        this.publish = publish;
        this.openAdjustment = openAdjustment;
        this.assignReview = assignReview;
        this.findGoal = findGoal;
        this.listGoals = listGoals;
        this.qualityQuery = qualityQuery;
        this.recommendations = recommendations;
        this.mapper = mapper;
        this.findingsMessages = findingsMessages;
        this.messages = messages;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listPerformanceGoals", summary = "List the goals the caller may see",
            description = "Newest declarations first; paged (size at most 100). Each row carries the unit's and the project's names.")
    public PageResponse<GoalResponse> list(
            @Parameter(description = "Fiscal year", example = "2024") @QueryParam("fiscalYear") FiscalYear fiscalYear,
            @Parameter(description = "Owning unit", example = "108002") @QueryParam("unitCode") UnitCode unitCode,
            @Parameter(description = "PROJECT, DEPARTMENT_OVERALL or TRANSFER_PAYMENT, or the label") @QueryParam("kind") GoalKind kind,
            @Parameter(description = "Status of the current version, e.g. SUBMITTED (or 已申报)") @QueryParam("status") GoalStatus status,
            @Parameter(description = "Project code") @QueryParam("projectCode") ProjectCode projectCode,
            @BeanParam @Valid PageQuery paging) {
        GoalCriteria criteria = new GoalCriteria(fiscalYear, unitCode, kind, status, projectCode);
        return PageResponse.of(listGoals.listGoals(requestActor.actor(), criteria, paging.paging()), mapper::toResponse);
    }

    @POST
    @Operation(operationId = "declarePerformanceGoal", summary = "Declare a goal (a new draft)",
            description = "By the unit's operator, for its own project, overall spending or transfer payment.")
    @APIResponse(responseCode = "201", description = "Declared; Location names the goal, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<GoalResponse> declare(@Valid @NotNull DeclareGoalRequest body, @Context UriInfo uri) {
        UpperLevelGoalReference upper = GoalRequestMapper.upperLevelGoal(body.upperLevelGoal());
        GoalContent content = GoalRequestMapper.content(body.content());
        GoalView declared = declare.declareGoal(requestActor.actor(), new DeclareGoalCommand(body.kind(), body.fiscalYear(), body.unitCode(),
                body.projectCode(), upper, content));
        return ResponseBuilder.<GoalResponse>created(uri.getAbsolutePathBuilder().path(declared.id().toString()).build())
                .tag(etagValue(declared)).entity(mapper.toResponse(declared)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerformanceGoal", summary = "One goal with its current version in full and every version's summary")
    public RestResponse<GoalResponse> find(@PathParam("id") @NotNull GoalId id) {
        return ok(findGoal.findGoal(requestActor.actor(), id));
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(operationId = "getPerformanceGoalVersion", summary = "One version of a goal (every version stays readable)")
    public GoalResponse.Version version(@PathParam("id") @NotNull GoalId id, @PathParam("number") @NotNull Integer number) {
        return mapper.toResponse(findGoal.findGoal(requestActor.actor(), id).version(number));
    }

    @PUT
    @Path("/{id}/content")
    @Operation(operationId = "editPerformanceGoalContent", summary = "Change the draft (or returned) version's content and indicators",
            description = "Requires If-Match.")
    public RestResponse<GoalResponse> editContent(@PathParam("id") @NotNull GoalId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                  @Valid @NotNull EditGoalRequest body) {
        long revision = revision(ifMatch, id);
        GoalContent content = GoalRequestMapper.content(body.content());
        UpperLevelGoalReference upper = GoalRequestMapper.upperLevelGoal(body.upperLevelGoal());
        return ok(edit.editGoal(requestActor.actor(), new EditGoalContentCommand(id, revision, content, upper)));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitPerformanceGoal", summary = "Submit the draft for review (refused while the quality checks find errors)",
            description = "Requires If-Match. Answers the goal like every other step; the quality checks' warnings, which do not block "
                    + "submission, are at GET /api/v1/performance-goals/{id}/quality-findings.")
    public RestResponse<GoalResponse> submit(@PathParam("id") @NotNull GoalId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(submit.submitGoal(requestActor.actor(), id, revision(ifMatch, id)).goal());
    }

    @POST
    @Path("/{id}/revise")
    @Operation(operationId = "revisePerformanceGoal", summary = "Take a returned version up again as a draft", description = "Requires If-Match.")
    public RestResponse<GoalResponse> revise(@PathParam("id") @NotNull GoalId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(revise.reviseGoal(requestActor.actor(), id, revision(ifMatch, id)));
    }

    @POST
    @Path("/{id}/pass-department-review")
    @Operation(operationId = "passPerformanceGoalDepartmentReview", summary = "The supervising department accepts the submission",
            description = "Requires If-Match.")
    public RestResponse<GoalResponse> passDepartmentReview(@PathParam("id") @NotNull GoalId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                           @Valid DepartmentReviewRequest body) {
        long revision = revision(ifMatch, id);
        return ok(passDepartmentReview.passDepartmentReview(requestActor.actor(),
                new PassDepartmentReviewCommand(id, revision, body == null ? null : body.note())));
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "returnPerformanceGoal", summary = "Return the goal to its unit with reasons (on the goal and on indicators)",
            description = "Requires If-Match.")
    public RestResponse<GoalResponse> returnGoal(@PathParam("id") @NotNull GoalId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                 @Valid ReturnGoalRequest body) {
        long revision = revision(ifMatch, id);
        return ok(returnGoal.returnGoal(requestActor.actor(), new ReturnGoalCommand(id, revision,
                GoalRequestMapper.reasons(body == null ? null : body.reasons()))));
    }

    @POST
    @Path("/{id}/finance-review")
    @Operation(operationId = "reviewPerformanceGoalByFinance", summary = "The finance bureau's review with an audit grade (优/良/中/差)",
            description = "Requires If-Match.")
    public RestResponse<GoalResponse> financeReview(@PathParam("id") @NotNull GoalId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                    @Valid @NotNull FinanceReviewRequest body) {
        long revision = revision(ifMatch, id);
        return ok(financeReview.reviewGoalByFinance(requestActor.actor(), new ReviewGoalByFinanceCommand(id, revision, body.grade(),
                body.consultationNote(), GoalRequestMapper.reasons(body.reasons()))));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approvePerformanceGoal", summary = "Approve the reviewed version (批复)", description = "Requires If-Match.")
    public RestResponse<GoalResponse> approve(@PathParam("id") @NotNull GoalId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(approve.approveGoal(requestActor.actor(), id, revision(ifMatch, id)));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishPerformanceGoal", summary = "Record the approved version's publication (公开)", description = "Requires If-Match.")
    public RestResponse<GoalResponse> publish(@PathParam("id") @NotNull GoalId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(publish.publishGoal(requestActor.actor(), id, revision(ifMatch, id)));
    }

    @POST
    @Path("/{id}/adjustments")
    @Operation(operationId = "openPerformanceGoalAdjustment", summary = "Open an adjustment (调整): a new draft version of an approved goal",
            description = "Requires If-Match.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<GoalResponse> openAdjustment(@PathParam("id") @NotNull GoalId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                     @Valid AdjustmentRequest body) {
        long revision = revision(ifMatch, id);
        return ok(openAdjustment.openGoalAdjustment(requestActor.actor(),
                new OpenGoalAdjustmentCommand(id, revision, body == null ? null : body.reason())));
    }

    @PUT
    @Path("/{id}/review-assignment")
    @Operation(operationId = "assignPerformanceGoalReview", summary = "Assign the goal's quality review to a third-party agency (finance only)")
    public RestResponse<GoalResponse> assignReview(@PathParam("id") @NotNull GoalId id, @Valid @NotNull ReviewAssignmentRequest body) {
        AgencyId agency = GoalRequestMapper.at("agencyId", () -> new AgencyId(body.agencyId()));
        return ok(assignReview.assignGoalReview(requestActor.actor(), id, agency));
    }

    @GET
    @Path("/{id}/quality-findings")
    @Operation(operationId = "listPerformanceGoalQualityFindings",
            summary = "What the quality checks find in the current version (errors block submission, warnings do not)")
    public List<QualityFindingResponse> qualityFindings(@PathParam("id") @NotNull GoalId id, @Context HttpHeaders headers) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        return qualityQuery.qualityFindings(requestActor.actor(), id).stream()
                .map(f -> findingsMessages.toResponse(f, locale)).toList();
    }

    @GET
    @Path("/{id}/indicator-recommendations")
    @Operation(operationId = "recommendPerformanceGoalIndicators",
            summary = "Indicators to consider, from the library and from approved goals of similar projects, each with its reasons")
    public List<RecommendationResponse> recommendations(@PathParam("id") @NotNull GoalId id,
                                                       @Parameter(description = "The goal's industry or function, e.g. 住房城乡建设")
                                                       @QueryParam("industry") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String industry,
                                                       @Parameter(description = "At most this many (1-50, default 20)", example = "20")
                                                       @QueryParam("limit") @Min(1) @Max(MAX_RECOMMENDATIONS) Integer limit,
                                                       @Context HttpHeaders headers) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        return recommendations.recommendIndicators(requestActor.actor(), id, industry == null || industry.isBlank() ? null : industry.strip(),
                        limit == null ? 20 : limit).stream()
                .map(r -> findingsMessages.toResponse(r, locale)).toList();
    }

    private RestResponse<GoalResponse> ok(GoalView goal) {
        return ResponseBuilder.ok(mapper.toResponse(goal)).tag(etagValue(goal)).build();
    }

    private static String etagValue(GoalView goal) {
        return Long.toString(goal.revision());
    }

    private static long revision(String ifMatch, GoalId id) {
        return Revisions.fromIfMatch(ifMatch, PerformanceGoal.AUDIT_TYPE, id.toString());
    }
}
