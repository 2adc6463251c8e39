package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.EntriesRequest;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.OpenSelfEvaluationRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.adapter.rest.shared.ReviewRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.CheckSelfEvaluationScoresQuery;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.FindSelfEvaluationQuery;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ListSelfEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.OpenSelfEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.RecordSelfEvaluationEntriesCommand;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.RecordSelfEvaluationEntriesUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ReviewSelfEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ReviewSelfEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SubmitSelfEvaluationUseCase;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
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

/**
 * Self-evaluations (绩效自评): the unit opens one per approved goal after the year end, enters actuals, tiers,
 * execution and reasons, and submits; the service scores every indicator, totals and grades (scheme recorded);
 * the supervising department and finance review, either may return it. Every change names the revision it was
 * made from (If-Match); the response carries the new one (ETag) and the actions allowed next, whose names in
 * kebab case are the command paths (DEPT_APPROVE → /dept-approve).
 */
@Path("/api/v1/self-evaluations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Self-evaluations", description = "绩效自评: entries, scores, grades, department and finance review")
public class SelfEvaluationResource {

    private final OpenSelfEvaluationUseCase open;
    private final RecordSelfEvaluationEntriesUseCase record;
    private final SubmitSelfEvaluationUseCase submit;
    private final ReviewSelfEvaluationUseCase review;
    private final FindSelfEvaluationQuery find;
    private final ListSelfEvaluationsQuery list;
    private final CheckSelfEvaluationScoresQuery check;
    private final SelfEvaluationRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public SelfEvaluationResource(OpenSelfEvaluationUseCase open, RecordSelfEvaluationEntriesUseCase record, SubmitSelfEvaluationUseCase submit,
                                  ReviewSelfEvaluationUseCase review, FindSelfEvaluationQuery find, ListSelfEvaluationsQuery list,
                                  CheckSelfEvaluationScoresQuery check, SelfEvaluationRestMapper mapper, RequestActor requestActor) {
        this.open = open;
        this.record = record;
        this.submit = submit;
        this.review = review;
        this.find = find;
        this.list = list;
        this.check = check;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(summary = "List the self-evaluations the caller may see", description = "By unit code, then opening order; paged (size at most 100).")
    public PageResponse<SelfEvaluationResponse> list(
            @Parameter(description = "Fiscal year evaluated") @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "Owning unit") @QueryParam("unitCode") String unitCode,
            @Parameter(description = "PROJECT or DEPARTMENT_OVERALL") @QueryParam("kind") String kind,
            @Parameter(description = "DRAFT, SUBMITTED, DEPT_REVIEWED or FINANCE_REVIEWED") @QueryParam("status") String status,
            @Parameter(description = "Recorded grade: EXCELLENT, GOOD, MEDIUM, WEAK or POOR") @QueryParam("grade") String grade,
            @Parameter(description = "Project code") @QueryParam("projectCode") String projectCode,
            @Parameter(description = "true: the unit's execution override differs from the province's figures beyond the tolerance; false: not")
            @QueryParam("executionFlagged") String executionFlagged,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        SelfEvaluationCriteria criteria = new SelfEvaluationCriteria(params.optional("fiscalYear", fiscalYear, FiscalYear::parse),
                params.optional("unitCode", unitCode, UnitCode::of),
                params.optional("kind", kind, t -> Fields.code("kind", t, SelfEvaluationKind.class)),
                params.optional("status", status, t -> Fields.code("status", t, ReviewState.class)),
                params.optional("grade", grade, t -> Fields.code("grade", t, Grade.class)),
                params.optional("projectCode", projectCode, ProjectCode::of), params.bool("executionFlagged", executionFlagged));
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(list.listSelfEvaluations(requestActor.actor(), criteria, paging), mapper::toResponse);
    }

    @POST
    @Operation(summary = "Open the self-evaluation of an approved goal (a new draft)",
            description = "By the goal unit's operator, after the year end; copies the latest approved version's indicators and the weights configured for its kind and year.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response open(OpenSelfEvaluationRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw Fields.missing("body");
        }
        GoalId goal = Fields.requiredText("goalId", request.goalId(), GoalId::of);
        SelfEvaluationDetails opened = open.openSelfEvaluation(requestActor.actor(), goal);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.evaluation().getId().toString()).build())
                .tag(Long.toString(opened.revision())).entity(mapper.toResponse(opened)).build();
    }

    @GET
    @Path("/score-check")
    @Operation(summary = "Recompute every graded self-evaluation of a year from its stored entries and compare with the recorded results",
            description = "Finance and auditors. Lists the mismatches (there should be none) and a digest of every recomputed result.")
    public ScoreCheckResponse scoreCheck(@Parameter(description = "Fiscal year evaluated", required = true) @QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        FiscalYear year = params.optional("fiscalYear", fiscalYear, FiscalYear::parse);
        params.requireValid();
        if (year == null) {
            throw Fields.missing("fiscalYear");
        }
        return mapper.toResponse(check.checkSelfEvaluationScores(requestActor.actor(), year));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One self-evaluation with its lines, scores, preview or result, and history")
    public Response find(@PathParam("id") String id) {
        return ok(find.findSelfEvaluation(requestActor.actor(), evaluationId(id)));
    }

    @PUT
    @Path("/{id}/entries")
    @Operation(summary = "Enter actuals, tiers, deviation reasons, the budget execution and the account of the overall goal (draft only)",
            description = "Requires If-Match. Absent parts stay as they are; a blank reason clears it. A refused entry changes nothing.")
    public Response entries(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EntriesRequest request) {
        SelfEvaluationId evaluation = evaluationId(id);
        long revision = revision(ifMatch, evaluation);
        return ok(record.recordSelfEvaluationEntries(requestActor.actor(),
                new RecordSelfEvaluationEntriesCommand(evaluation, revision, SelfEvaluationRequestReader.entries(request))));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit: records the score, the grade and the scheme", description = "Requires If-Match. Refused while an entry or a deviation reason is missing.")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SelfEvaluationId evaluation = evaluationId(id);
        return ok(submit.submitSelfEvaluation(requestActor.actor(), evaluation, revision(ifMatch, evaluation)));
    }

    @POST
    @Path("/{id}/dept-approve")
    @Operation(summary = "The supervising department passes the evaluation to finance", description = "Requires If-Match; optional opinion.")
    public Response deptApprove(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequest request) {
        return step(id, ifMatch, ReviewAction.DEPT_APPROVE, request == null ? null : request.opinion());
    }

    @POST
    @Path("/{id}/dept-return")
    @Operation(summary = "The supervising department returns the evaluation to the unit", description = "Requires If-Match and a reason.")
    public Response deptReturn(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequest request) {
        return step(id, ifMatch, ReviewAction.DEPT_RETURN, request == null ? null : request.reason());
    }

    @POST
    @Path("/{id}/finance-approve")
    @Operation(summary = "Finance approves: the evaluation is complete (审核通过)", description = "Requires If-Match; optional opinion.")
    public Response financeApprove(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequest request) {
        return step(id, ifMatch, ReviewAction.FINANCE_APPROVE, request == null ? null : request.opinion());
    }

    @POST
    @Path("/{id}/finance-return")
    @Operation(summary = "Finance returns the evaluation to the unit", description = "Requires If-Match and a reason.")
    public Response financeReturn(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequest request) {
        return step(id, ifMatch, ReviewAction.FINANCE_RETURN, request == null ? null : request.reason());
    }

    private Response step(String id, String ifMatch, ReviewAction action, String text) {
        SelfEvaluationId evaluation = evaluationId(id);
        return ok(review.reviewSelfEvaluation(requestActor.actor(),
                new ReviewSelfEvaluationCommand(evaluation, revision(ifMatch, evaluation), action, text)));
    }

    private Response ok(SelfEvaluationDetails details) {
        return Response.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    private static long revision(String ifMatch, SelfEvaluationId id) {
        return Revisions.fromIfMatch(ifMatch, SelfEvaluation.AUDIT_TYPE, id.toString());
    }

    static SelfEvaluationId evaluationId(String id) {
        try {
            return SelfEvaluationId.parse(id);
        } catch (InvalidValueException e) {
            throw e.forField("id");
        }
    }
}
