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
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.goal.ApproveGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.AssignGoalReviewUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.EditGoalContentCommand;
import cn.gov.daxiang.perf.application.port.in.goal.OpenGoalAdjustmentCommand;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.EditGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.FindGoalQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
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
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalNotFoundException;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
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

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

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

    public record SubmissionResponse(GoalResponse goal, List<QualityFindingResponse> warnings) {
    }

    @GET
    @Operation(summary = "List the goals the caller may see", description = "Newest declarations first; paged (size at most 100).")
    public PageResponse<GoalResponse> list(
            @Parameter(description = "Fiscal year") @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "Owning unit") @QueryParam("unitCode") String unitCode,
            @Parameter(description = "PROJECT, DEPARTMENT_OVERALL or TRANSFER_PAYMENT") @QueryParam("kind") String kind,
            @Parameter(description = "Status of the current version, e.g. SUBMITTED") @QueryParam("status") String status,
            @Parameter(description = "Project code") @QueryParam("projectCode") String projectCode,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        GoalCriteria criteria = new GoalCriteria(params.optional("fiscalYear", fiscalYear, FiscalYear::parse),
                params.optional("unitCode", unitCode, UnitCode::of), params.optional("kind", kind, GoalKind::parse),
                params.optional("status", status, GoalStatus::parse), params.optional("projectCode", projectCode, ProjectCode::of));
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(listGoals.listGoals(requestActor.actor(), criteria, paging), mapper::toResponse);
    }

    @POST
    @Operation(summary = "Declare a goal (a new draft)", description = "By the unit's operator, for its own project, overall spending or transfer payment.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response declare(DeclareGoalRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "REQUEST_FIELD_REQUIRED", Map.of("field", "body"));
        }
        Params params = new Params();
        GoalKind kind = params.optional("kind", request.kind(), GoalKind::parse);
        FiscalYear year = params.optional("fiscalYear", request.fiscalYear() == null ? null : request.fiscalYear().toString(), FiscalYear::parse);
        UnitCode unit = params.optional("unitCode", request.unitCode(), UnitCode::of);
        ProjectCode project = params.optional("projectCode", request.projectCode(), ProjectCode::of);
        requirePresent(params, "kind", kind, request.kind());
        requirePresent(params, "fiscalYear", year, request.fiscalYear());
        requirePresent(params, "unitCode", unit, request.unitCode());
        params.requireValid();
        GoalDetails declared = declare.declareGoal(requestActor.actor(), new DeclareGoalCommand(kind, year, unit, project,
                GoalContentReader.upperLevelGoal("upperLevelGoal", request.upperLevelGoal(), GoalContentReader.FIRST_REFUSAL_THROWS),
                GoalContentReader.content("content", request.content(), GoalContentReader.FIRST_REFUSAL_THROWS)));
        return Response.created(uri.getAbsolutePathBuilder().path(declared.goal().getId().toString()).build())
                .tag(etagValue(declared)).entity(mapper.toResponse(declared)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One goal with its current version in full and every version's summary")
    public Response find(@PathParam("id") String id) {
        return ok(findGoal.findGoal(requestActor.actor(), goalId(id)));
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(summary = "One version of a goal (every version stays readable)")
    public GoalResponse.Version version(@PathParam("id") String id, @PathParam("number") String number) {
        GoalId goalId = goalId(id);
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new GoalNotFoundException(goalId);
        }
        return mapper.toResponse(findGoal.findGoal(requestActor.actor(), goalId).version(n));
    }

    @PUT
    @Path("/{id}/content")
    @Operation(summary = "Change the draft (or returned) version's content and indicators", description = "Requires If-Match.")
    public Response editContent(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EditGoalRequest request) {
        return changeStored(id, ifMatch, (goalId, revision) -> {
            if (request == null) {
                throw new InvalidValueException("body", "REQUEST_FIELD_REQUIRED", Map.of("field", "body"));
            }
            GoalContent content = GoalContentReader.content("content", request.content(), GoalContentReader.FIRST_REFUSAL_THROWS);
            return edit.editGoal(requestActor.actor(), new EditGoalContentCommand(goalId, revision, content,
                    GoalContentReader.upperLevelGoal("upperLevelGoal", request.upperLevelGoal(), GoalContentReader.FIRST_REFUSAL_THROWS)));
        });
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit the draft for review (refused while the quality checks find errors)", description = "Requires If-Match.")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpHeaders headers) {
        GoalId goalId = goalId(id);
        SubmitGoalUseCase.Submission submission = submit.submitGoal(requestActor.actor(), goalId, revision(ifMatch, goalId));
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        return Response.ok(new SubmissionResponse(mapper.toResponse(submission.goal()),
                        submission.warnings().stream().map(f -> findingsMessages.toResponse(f, locale)).toList()))
                .tag(etagValue(submission.goal())).build();
    }

    @POST
    @Path("/{id}/revise")
    @Operation(summary = "Take a returned version up again as a draft", description = "Requires If-Match.")
    public Response revise(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return change(id, ifMatch, (goalId, revision) -> revise.reviseGoal(requestActor.actor(), goalId, revision));
    }

    @POST
    @Path("/{id}/pass-department-review")
    @Operation(summary = "The supervising department accepts the submission", description = "Requires If-Match.")
    public Response passDepartmentReview(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                         DepartmentReviewRequest request) {
        return change(id, ifMatch, (goalId, revision) -> passDepartmentReview.passDepartmentReview(requestActor.actor(),
                new PassDepartmentReviewCommand(goalId, revision, request == null ? null : request.note())));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return the goal to its unit with reasons (on the goal and on indicators)", description = "Requires If-Match.")
    public Response returnGoal(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReturnGoalRequest request) {
        return change(id, ifMatch, (goalId, revision) -> returnGoal.returnGoal(requestActor.actor(), new ReturnGoalCommand(goalId,
                revision, GoalRequestReader.reasons("reasons", request == null ? null : request.reasons()))));
    }

    @POST
    @Path("/{id}/finance-review")
    @Operation(summary = "The finance bureau's review with an audit grade (优/良/中/差)", description = "Requires If-Match.")
    public Response financeReview(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FinanceReviewRequest request) {
        return change(id, ifMatch, (goalId, revision) -> {
            if (request == null || request.grade() == null) {
                throw new InvalidValueException("grade", "REQUEST_FIELD_REQUIRED", Map.of("field", "grade"));
            }
            AuditGrade grade = GoalRequestReader.within("grade", () -> AuditGrade.parse(request.grade()));
            return financeReview.reviewGoalByFinance(requestActor.actor(), new ReviewGoalByFinanceCommand(goalId, revision, grade,
                    request.consultationNote(), GoalRequestReader.reasons("reasons", request.reasons())));
        });
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve the reviewed version (批复)", description = "Requires If-Match.")
    public Response approve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return change(id, ifMatch, (goalId, revision) -> approve.approveGoal(requestActor.actor(), goalId, revision));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Record the approved version's publication (公开)", description = "Requires If-Match.")
    public Response publish(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return change(id, ifMatch, (goalId, revision) -> publish.publishGoal(requestActor.actor(), goalId, revision));
    }

    @POST
    @Path("/{id}/adjustments")
    @Operation(summary = "Open an adjustment (调整): a new draft version of an approved goal", description = "Requires If-Match.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response openAdjustment(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AdjustmentRequest request) {
        return change(id, ifMatch, (goalId, revision) -> openAdjustment.openGoalAdjustment(requestActor.actor(),
                new OpenGoalAdjustmentCommand(goalId, revision, request == null ? null : request.reason())));
    }

    @PUT
    @Path("/{id}/review-assignment")
    @Operation(summary = "Assign the goal's quality review to a third-party agency (finance only)")
    public Response assignReview(@PathParam("id") String id, ReviewAssignmentRequest request) {
        GoalId goalId = goalId(id);
        if (request == null || request.agencyId() == null) {
            throw new InvalidValueException("agencyId", "REQUEST_FIELD_REQUIRED", Map.of("field", "agencyId"));
        }
        AgencyId agency = GoalRequestReader.within("agencyId", () -> new AgencyId(request.agencyId()));
        return ok(assignReview.assignGoalReview(requestActor.actor(), goalId, agency));
    }

    @GET
    @Path("/{id}/quality-findings")
    @Operation(summary = "What the quality checks find in the current version (errors block submission)")
    public List<QualityFindingResponse> qualityFindings(@PathParam("id") String id, @Context HttpHeaders headers) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        return qualityQuery.qualityFindings(requestActor.actor(), goalId(id)).stream()
                .map(f -> findingsMessages.toResponse(f, locale)).toList();
    }

    @GET
    @Path("/{id}/indicator-recommendations")
    @Operation(summary = "Indicators to consider, from the library and from approved goals of similar projects, each with its reasons")
    public List<RecommendationResponse> recommendations(@PathParam("id") String id,
                                                       @Parameter(description = "The goal's industry or function, e.g. 住房城乡建设") @QueryParam("industry") String industry,
                                                       @Parameter(description = "At most this many (1-50, default 20)") @QueryParam("limit") String limit,
                                                       @Context HttpHeaders headers) {
        GoalId goalId = goalId(id);
        Params params = new Params();
        Integer max = params.optional("limit", limit, text -> {
            int n = Params.required("limit", text, t -> {
                try {
                    return Integer.parseInt(t.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidValueException("limit", "PARAMETER_MALFORMED", Map.of("parameter", "limit", "value", t, "expected", "integer"));
                }
            });
            if (n < 1 || n > 50) {
                throw new InvalidValueException("limit", "LIMIT_OUT_OF_RANGE", Map.of("value", n, "max", 50));
            }
            return n;
        });
        params.requireValid();
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        return recommendations.recommendIndicators(requestActor.actor(), goalId, industry == null || industry.isBlank() ? null : industry.strip(),
                        max == null ? 20 : max).stream()
                .map(r -> findingsMessages.toResponse(r, locale)).toList();
    }

    /** A change of one goal: the id from the path, the revision from If-Match (both checked before the body is read). */
    private Response change(String id, String ifMatch, BiFunction<GoalId, Long, GoalView> change) {
        GoalId goalId = goalId(id);
        return ok(change.apply(goalId, revision(ifMatch, goalId)));
    }

    /** As {@link #change}, for a use case that answers the stored goal (the edit): mapped as its read model. */
    private Response changeStored(String id, String ifMatch, BiFunction<GoalId, Long, GoalDetails> change) {
        return change(id, ifMatch, (goalId, revision) -> change.apply(goalId, revision).view());
    }

    private Response ok(GoalView goal) {
        return Response.ok(mapper.toResponse(goal)).tag(etagValue(goal)).build();
    }

    private static String etagValue(GoalView goal) {
        return Long.toString(goal.revision());
    }

    private static String etagValue(GoalDetails details) {
        return Long.toString(details.revision());
    }

    private static long revision(String ifMatch, GoalId id) {
        return Revisions.fromIfMatch(ifMatch, PerformanceGoal.AUDIT_TYPE, id.toString());
    }

    /** A malformed id can name no goal: answer like an unknown one. */
    private static GoalId goalId(String id) {
        try {
            return GoalId.of(id);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("id", e.code(), e.arguments());
        }
    }

    /** A required part of the body: absent or blank is refused naming it (a refused value is reported already). */
    private static void requirePresent(Params params, String field, Object parsed, Object raw) {
        if (parsed == null && (raw == null || raw instanceof String text && text.isBlank())) {
            params.optional(field, "-", text -> {
                throw new InvalidValueException(field, "REQUEST_FIELD_REQUIRED", Map.of("field", field));
            });
        }
    }
}
