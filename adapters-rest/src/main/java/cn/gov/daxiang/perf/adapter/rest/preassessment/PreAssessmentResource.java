package cn.gov.daxiang.perf.adapter.rest.preassessment;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.preassessment.PreAssessmentRequests.ConcludeRequest;
import cn.gov.daxiang.perf.adapter.rest.preassessment.PreAssessmentRequests.DraftPreAssessmentRequest;
import cn.gov.daxiang.perf.adapter.rest.preassessment.PreAssessmentRequests.EditPreAssessmentRequest;
import cn.gov.daxiang.perf.adapter.rest.preassessment.PreAssessmentRequests.ReturnRequest;
import cn.gov.daxiang.perf.adapter.rest.preassessment.PreAssessmentRequests.ScoreRequest;
import cn.gov.daxiang.perf.adapter.rest.preassessment.PreAssessmentRequests.ScoresRequest;
import cn.gov.daxiang.perf.adapter.rest.preassessment.PreAssessmentRequests.TakeUpRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.preassessment.ConcludePreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.ConcludePreAssessmentUseCase;
import cn.gov.daxiang.perf.application.port.in.preassessment.DraftPreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.DraftPreAssessmentUseCase;
import cn.gov.daxiang.perf.application.port.in.preassessment.EditPreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.EditPreAssessmentUseCase;
import cn.gov.daxiang.perf.application.port.in.preassessment.FindPreAssessmentQuery;
import cn.gov.daxiang.perf.application.port.in.preassessment.ListPreAssessmentsQuery;
import cn.gov.daxiang.perf.application.port.in.preassessment.PreAssessmentDetails;
import cn.gov.daxiang.perf.application.port.in.preassessment.PreAssessmentStepsUseCase;
import cn.gov.daxiang.perf.application.port.in.preassessment.ScorePreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.ScorePreAssessmentUseCase;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentPurpose;
import cn.gov.daxiang.perf.domain.preassessment.CriterionScore;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentCriteria;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentState;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ex-ante performance assessments (事前绩效评估) of new projects and of expiring ones proposed to continue. The
 * project's unit drafts, edits and submits; finance takes it up (optionally commissioning an agency), scores with the
 * agency's evaluator, returns it or concludes SUPPORT / SUPPORT_AFTER_ADJUSTMENT / NOT_SUPPORTED with the assessed
 * amount. Another unit or agency is told "not found". Changes need If-Match (the ETag).
 */
@Path("/api/v1/pre-assessments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pre-assessments", description = "事前绩效评估: draft, submit, review, score, return, conclude")
public class PreAssessmentResource {

    private final DraftPreAssessmentUseCase draft;
    private final EditPreAssessmentUseCase edit;
    private final ScorePreAssessmentUseCase score;
    private final PreAssessmentStepsUseCase steps;
    private final ConcludePreAssessmentUseCase conclude;
    private final FindPreAssessmentQuery find;
    private final ListPreAssessmentsQuery list;
    private final PreAssessmentRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public PreAssessmentResource(DraftPreAssessmentUseCase draft, EditPreAssessmentUseCase edit, ScorePreAssessmentUseCase score,
                                 PreAssessmentStepsUseCase steps, ConcludePreAssessmentUseCase conclude, FindPreAssessmentQuery find,
                                 ListPreAssessmentsQuery list, PreAssessmentRestMapper mapper, RequestActor requestActor) {
        this.draft = draft;
        this.edit = edit;
        this.score = score;
        this.steps = steps;
        this.conclude = conclude;
        this.find = find;
        this.list = list;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(summary = "List the assessments the caller may see, newest first",
            description = "Units and departments see their units' assessments, an evaluator its agency's commissions, finance and auditors all.")
    public PageResponse<PreAssessmentResponse> list(@Parameter(description = "Fiscal year of the project") @QueryParam("fiscalYear") String fiscalYear,
                                                    @Parameter(description = "Project code") @QueryParam("projectCode") String projectCode,
                                                    @Parameter(description = "DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED or CONCLUDED") @QueryParam("state") String state,
                                                    @Parameter(description = "SUPPORT, SUPPORT_AFTER_ADJUSTMENT or NOT_SUPPORTED") @QueryParam("conclusion") String conclusion,
                                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        PreAssessmentCriteria criteria = new PreAssessmentCriteria(params.optional("fiscalYear", fiscalYear, FiscalYear::parse),
                params.optional("projectCode", projectCode, ProjectCode::of),
                params.optional("state", state, t -> Fields.code("state", t, PreAssessmentState.class)),
                params.optional("conclusion", conclusion, t -> Fields.code("conclusion", t, AssessmentConclusion.class)));
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(list.listPreAssessments(requestActor.actor(), criteria, paging), mapper::toResponse);
    }

    @POST
    @Operation(summary = "Draft an assessment of a project (the project's unit)", description = "One open assessment per project (409 otherwise).")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response draft(DraftPreAssessmentRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw Fields.missing("body");
        }
        ProjectCode project = Fields.requiredText("projectCode", request.projectCode(), ProjectCode::of);
        AssessmentPurpose purpose = Fields.requiredText("purpose", request.purpose(), t -> Fields.code("purpose", t, AssessmentPurpose.class));
        Money requested = money("requestedAmount", request.requestedAmount());
        PreAssessmentDetails drafted = draft.draftPreAssessment(requestActor.actor(),
                new DraftPreAssessmentCommand(project, purpose, requested, request.summary()));
        return Response.created(uri.getAbsolutePathBuilder().path(drafted.assessment().getId().toString()).build())
                .tag(Long.toString(drafted.revision())).entity(mapper.toResponse(drafted)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One assessment with its criteria, scores and conclusion")
    public Response find(@PathParam("id") String id) {
        return ok(find.findPreAssessment(requestActor.actor(), assessmentId(id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit a draft or returned assessment (the project's unit)", description = "Requires If-Match.")
    public Response edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EditPreAssessmentRequest request) {
        PreAssessmentId assessment = assessmentId(id);
        long revision = revision(ifMatch, assessment);
        if (request == null) {
            throw Fields.missing("body");
        }
        AssessmentPurpose purpose = Fields.requiredText("purpose", request.purpose(), t -> Fields.code("purpose", t, AssessmentPurpose.class));
        return ok(edit.editPreAssessment(requestActor.actor(), new EditPreAssessmentCommand(assessment, revision, purpose,
                money("requestedAmount", request.requestedAmount()), request.summary())));
    }

    @PUT
    @Path("/{id}/scores")
    @Operation(summary = "Score criteria, each with a comment (finance, or the commissioned agency's evaluator)",
            description = "Criteria not named keep their scores. Requires If-Match.")
    public Response scores(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ScoresRequest request) {
        PreAssessmentId assessment = assessmentId(id);
        long revision = revision(ifMatch, assessment);
        if (request == null) {
            throw Fields.missing("body");
        }
        List<CriterionScore> scores = new ArrayList<>();
        List<ScoreRequest> given = request.scores() == null ? List.of() : request.scores();
        for (int i = 0; i < given.size(); i++) {
            String at = "scores[" + i + "]";
            ScoreRequest line = Fields.required(at, given.get(i));
            String code = Fields.requiredText(at + ".code", line.code(), String::strip);
            scores.add(Fields.within(at, () -> new CriterionScore(code, Fields.required(at + ".points", line.points()), line.comment())));
        }
        return ok(score.scorePreAssessment(requestActor.actor(), new ScorePreAssessmentCommand(assessment, revision, scores)));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit to finance (the project's unit; again after a return)", description = "Requires If-Match.")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PreAssessmentId assessment = assessmentId(id);
        return ok(steps.submitPreAssessment(requestActor.actor(), assessment, revision(ifMatch, assessment)));
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "Take a submitted assessment up (finance), optionally commissioning an agency",
            description = "Body {\"agencyId\": \"ZHENRUI\"} commissions the agency, whose evaluators then see and score it. Requires If-Match.")
    public Response review(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TakeUpRequest request) {
        PreAssessmentId assessment = assessmentId(id);
        long revision = revision(ifMatch, assessment);
        AgencyId agency = request == null ? null : Fields.optionalText("agencyId", request.agencyId(), t -> new AgencyId(t.strip()));
        return ok(steps.takeUpPreAssessment(requestActor.actor(), assessment, revision, agency));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return to the unit with reasons (finance; 退回)", description = "Requires If-Match.")
    public Response returnToUnit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReturnRequest request) {
        PreAssessmentId assessment = assessmentId(id);
        long revision = revision(ifMatch, assessment);
        return ok(steps.returnPreAssessment(requestActor.actor(), assessment, revision, request == null ? null : request.reason()));
    }

    @POST
    @Path("/{id}/conclude")
    @Operation(summary = "Conclude (finance): SUPPORT, SUPPORT_AFTER_ADJUSTMENT with an assessed amount below the request, or NOT_SUPPORTED",
            description = "Every criterion must be scored; an opinion is required. Requires If-Match.")
    public Response conclude(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ConcludeRequest request) {
        PreAssessmentId assessment = assessmentId(id);
        long revision = revision(ifMatch, assessment);
        if (request == null) {
            throw Fields.missing("body");
        }
        AssessmentConclusion conclusion = Fields.requiredText("conclusion", request.conclusion(),
                t -> Fields.code("conclusion", t, AssessmentConclusion.class));
        Money assessed = request.assessedAmount() == null ? null : Fields.within("assessedAmount", () -> new Money(request.assessedAmount()));
        return ok(conclude.concludePreAssessment(requestActor.actor(), new ConcludePreAssessmentCommand(assessment, revision, conclusion,
                assessed, request.opinion())));
    }

    private Response ok(PreAssessmentDetails details) {
        return Response.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    private static Money money(String field, BigDecimal amount) {
        return Fields.within(field, () -> new Money(Fields.required(field, amount)));
    }

    private static long revision(String ifMatch, PreAssessmentId id) {
        return Revisions.fromIfMatch(ifMatch, PreAssessment.AUDIT_TYPE, id.toString());
    }

    static PreAssessmentId assessmentId(String id) {
        try {
            return PreAssessmentId.parse(id);
        } catch (InvalidValueException e) {
            throw e.forField("id");
        }
    }
}
