package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.EntriesRequest;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.OpenSelfEvaluationRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.ReviewRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.review.SubmissionContext;
import cn.gov.daxiang.perf.application.port.in.review.SubmissionContextQuery;
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
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
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
import java.util.Objects;

/**
 * Self-evaluations (绩效自评): the unit opens one per approved goal after the year end, enters actuals, tiers,
 * execution and reasons, and submits; the service scores every indicator, totals and grades (scheme recorded);
 * the supervising department and finance review, either may return it. Every change names the revision it was
 * made from (If-Match); the response carries the new one (ETag) and what the caller may do next, whose names in
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
    private final SubmissionContextQuery contexts;
    private final SelfEvaluationRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public SelfEvaluationResource(OpenSelfEvaluationUseCase open, RecordSelfEvaluationEntriesUseCase record, SubmitSelfEvaluationUseCase submit,
                                  ReviewSelfEvaluationUseCase review, FindSelfEvaluationQuery find, ListSelfEvaluationsQuery list,
                                  CheckSelfEvaluationScoresQuery check, SubmissionContextQuery contexts, SelfEvaluationRestMapper mapper,
                                  RequestActor requestActor) {
        this.open = open;
        this.record = record;
        this.submit = submit;
        this.review = review;
        this.find = find;
        this.list = list;
        this.check = check;
        this.contexts = contexts;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listSelfEvaluations", summary = "List the self-evaluations the caller may see",
            description = "By unit code, then opening order; paged. Coded filters take the code or the label.")
    public PageResponse<SelfEvaluationResponse> list(
            @Parameter(description = "Fiscal year evaluated", schema = @Schema(type = SchemaType.INTEGER), example = "2024") @QueryParam("fiscalYear") FiscalYear fiscalYear,
            @Parameter(description = "Owning unit", schema = @Schema(type = SchemaType.STRING), example = "108002") @QueryParam("unitCode") UnitCode unitCode,
            @Parameter(description = "Kind (code or label)") @QueryParam("kind") SelfEvaluationKind kind,
            @Parameter(description = "Review state (code or label)") @QueryParam("status") ReviewState status,
            @Parameter(description = "Recorded grade (code or label, e.g. EXCELLENT or 优)") @QueryParam("grade") Grade grade,
            @Parameter(description = "Project code", schema = @Schema(type = SchemaType.STRING)) @QueryParam("projectCode") ProjectCode projectCode,
            @Parameter(description = "true: the unit's execution override differs from the province's figures beyond the tolerance; false: not")
            @QueryParam("executionFlagged") Boolean executionFlagged,
            @BeanParam @Valid PageQuery paging) {
        SelfEvaluationCriteria criteria = new SelfEvaluationCriteria(fiscalYear, unitCode, kind, status, grade, projectCode, executionFlagged);
        Actor actor = requestActor.actor();
        Page<SelfEvaluationDetails> page = list.listSelfEvaluations(actor, criteria, paging.paging());
        SubmissionContext context = context(actor, page.items());
        return PageResponse.of(page, d -> mapper.toResponse(d, context));
    }

    @POST
    @Operation(operationId = "openSelfEvaluation", summary = "Open the self-evaluation of an approved goal (a new draft)",
            description = "By the goal unit's operator, after the year end; copies the latest approved version's indicators and the weights configured for its kind and year.")
    @APIResponse(responseCode = "201", description = "Opened; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = SelfEvaluationResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<SelfEvaluationResponse> open(@Valid @NotNull OpenSelfEvaluationRequest body, @Context UriInfo uri) {
        SelfEvaluationDetails opened = open.openSelfEvaluation(requestActor.actor(), body.goalId());
        return ResponseBuilder.<SelfEvaluationResponse>created(uri.getAbsolutePathBuilder().path(opened.evaluation().getId().toString()).build())
                .tag(Long.toString(opened.revision())).entity(one(opened)).build();
    }

    @GET
    @Path("/score-check")
    @Operation(operationId = "checkSelfEvaluationScores",
            summary = "Recompute every graded self-evaluation of a year from its stored entries and compare with the recorded results",
            description = "Finance and auditors. Lists the mismatches (there should be none) and a digest of every recomputed result.")
    public ScoreCheckResponse scoreCheck(@Parameter(description = "Fiscal year evaluated", required = true, schema = @Schema(type = SchemaType.INTEGER),
            example = "2024") @QueryParam("fiscalYear") @NotNull FiscalYear fiscalYear) {
        return mapper.toResponse(check.checkSelfEvaluationScores(requestActor.actor(), fiscalYear));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSelfEvaluation", summary = "One self-evaluation with its lines, scores, preview or result, and history")
    public RestResponse<SelfEvaluationResponse> find(@PathParam("id") SelfEvaluationId id) {
        return ok(find.findSelfEvaluation(requestActor.actor(), id));
    }

    @PUT
    @Path("/{id}/entries")
    @Operation(operationId = "recordSelfEvaluationEntries",
            summary = "Enter actuals, tiers, deviation reasons, the budget execution and the account of the overall goal (draft only)",
            description = "Requires If-Match. Absent parts stay as they are; a blank reason clears it. A refused entry changes nothing.")
    public RestResponse<SelfEvaluationResponse> entries(@PathParam("id") SelfEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                        @Valid @NotNull EntriesRequest body) {
        long revision = revision(ifMatch, id);
        return ok(record.recordSelfEvaluationEntries(requestActor.actor(), new RecordSelfEvaluationEntriesCommand(id, revision, mapper.toEntries(body))));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitSelfEvaluation", summary = "Submit: records the score, the grade and the scheme",
            description = "Requires If-Match. Refused while an entry or a deviation reason is missing.")
    public RestResponse<SelfEvaluationResponse> submit(@PathParam("id") SelfEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(submit.submitSelfEvaluation(requestActor.actor(), id, revision(ifMatch, id)));
    }

    @POST
    @Path("/{id}/dept-approve")
    @Operation(operationId = "deptApproveSelfEvaluation", summary = "The supervising department passes the evaluation to finance",
            description = "Requires If-Match; optional opinion.")
    public RestResponse<SelfEvaluationResponse> deptApprove(@PathParam("id") SelfEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                            @Valid ReviewRequest body) {
        return step(id, ifMatch, ReviewAction.DEPT_APPROVE, body == null ? null : body.opinion());
    }

    @POST
    @Path("/{id}/dept-return")
    @Operation(operationId = "deptReturnSelfEvaluation", summary = "The supervising department returns the evaluation to the unit",
            description = "Requires If-Match and a reason.")
    public RestResponse<SelfEvaluationResponse> deptReturn(@PathParam("id") SelfEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                           @Valid ReviewRequest body) {
        return step(id, ifMatch, ReviewAction.DEPT_RETURN, body == null ? null : body.reason());
    }

    @POST
    @Path("/{id}/finance-approve")
    @Operation(operationId = "financeApproveSelfEvaluation", summary = "Finance approves: the evaluation is complete (审核通过)",
            description = "Requires If-Match; optional opinion.")
    public RestResponse<SelfEvaluationResponse> financeApprove(@PathParam("id") SelfEvaluationId id,
                                                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ReviewRequest body) {
        return step(id, ifMatch, ReviewAction.FINANCE_APPROVE, body == null ? null : body.opinion());
    }

    @POST
    @Path("/{id}/finance-return")
    @Operation(operationId = "financeReturnSelfEvaluation", summary = "Finance returns the evaluation to the unit",
            description = "Requires If-Match and a reason.")
    public RestResponse<SelfEvaluationResponse> financeReturn(@PathParam("id") SelfEvaluationId id,
                                                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ReviewRequest body) {
        return step(id, ifMatch, ReviewAction.FINANCE_RETURN, body == null ? null : body.reason());
    }

    private RestResponse<SelfEvaluationResponse> step(SelfEvaluationId id, String ifMatch, ReviewAction action, String text) {
        return ok(review.reviewSelfEvaluation(requestActor.actor(), new ReviewSelfEvaluationCommand(id, revision(ifMatch, id), action, text)));
    }

    private RestResponse<SelfEvaluationResponse> ok(SelfEvaluationDetails details) {
        return ResponseBuilder.ok(one(details)).tag(Long.toString(details.revision())).build();
    }

    private SelfEvaluationResponse one(SelfEvaluationDetails details) {
        return mapper.toResponse(details, context(requestActor.actor(), List.of(details)));
    }

    /** The names and the caller's permissions for a page of evaluations, read at once. */
    private SubmissionContext context(Actor actor, List<SelfEvaluationDetails> evaluations) {
        return contexts.submissionContext(actor, evaluations.stream().map(d -> d.evaluation().getUnitCode()).distinct().toList(),
                evaluations.stream().map(d -> d.evaluation().getProjectCode().orElse(null)).filter(Objects::nonNull).distinct().toList());
    }

    private static long revision(String ifMatch, SelfEvaluationId id) {
        return Revisions.fromIfMatch(ifMatch, SelfEvaluation.AUDIT_TYPE, id.toString());
    }
}
