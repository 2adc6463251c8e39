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
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
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
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.CriterionScore;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentCriteria;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentState;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
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
    @Operation(operationId = "listPreAssessments", summary = "List the assessments the caller may see, newest first",
            description = "Units and departments see their units' assessments, an evaluator its agency's commissions, finance and auditors all.")
    public PageResponse<PreAssessmentResponse> list(
            @Parameter(description = "Fiscal year of the project", schema = @Schema(type = SchemaType.INTEGER, example = "2025")) @QueryParam("fiscalYear") FiscalYear fiscalYear,
            @Parameter(description = "Project code", schema = @Schema(type = SchemaType.STRING)) @QueryParam("projectCode") ProjectCode projectCode,
            @Parameter(description = "DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED or CONCLUDED, or the label (草稿, 已提交 …)") @QueryParam("state") PreAssessmentState state,
            @Parameter(description = "SUPPORT, SUPPORT_AFTER_ADJUSTMENT or NOT_SUPPORTED, or the label") @QueryParam("conclusion") AssessmentConclusion conclusion,
            @BeanParam @Valid PageQuery paging) {
        Actor actor = requestActor.actor();
        PreAssessmentCriteria criteria = new PreAssessmentCriteria(fiscalYear, projectCode, state, conclusion);
        return PageResponse.of(list.listPreAssessments(actor, criteria, paging.paging()), d -> mapper.toResponse(actor, d));
    }

    @POST
    @Operation(operationId = "draftPreAssessment", summary = "Draft an assessment of a project (the project's unit)",
            description = "One open assessment per project (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Drafted; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = PreAssessmentResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<PreAssessmentResponse> draft(@Valid @NotNull DraftPreAssessmentRequest body, @Context UriInfo uri) {
        Actor actor = requestActor.actor();
        PreAssessmentDetails drafted = draft.draftPreAssessment(actor,
                new DraftPreAssessmentCommand(body.projectCode(), body.purpose(), body.requestedAmount(), body.summary()));
        return ResponseBuilder.<PreAssessmentResponse>created(uri.getAbsolutePathBuilder().path(drafted.assessment().getId().toString()).build())
                .tag(Long.toString(drafted.revision())).entity(mapper.toResponse(actor, drafted)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPreAssessment", summary = "One assessment with its criteria, scores and conclusion")
    public RestResponse<PreAssessmentResponse> find(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull PreAssessmentId id) {
        return ok(find.findPreAssessment(requestActor.actor(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "editPreAssessment", summary = "Edit a draft or returned assessment (the project's unit)", description = "Requires If-Match.")
    public RestResponse<PreAssessmentResponse> edit(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull PreAssessmentId id,
                                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull EditPreAssessmentRequest body) {
        long revision = revision(ifMatch, id);
        return ok(edit.editPreAssessment(requestActor.actor(), new EditPreAssessmentCommand(id, revision, body.purpose(),
                body.requestedAmount(), body.summary())));
    }

    @PUT
    @Path("/{id}/scores")
    @Operation(operationId = "scorePreAssessment", summary = "Score criteria, each with a comment (finance, or the commissioned agency's evaluator)",
            description = "Criteria not named keep their scores. Requires If-Match.")
    public RestResponse<PreAssessmentResponse> scores(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull PreAssessmentId id,
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ScoresRequest body) {
        long revision = revision(ifMatch, id);
        List<CriterionScore> scores = new ArrayList<>();
        for (int i = 0; i < body.scores().size(); i++) {
            ScoreRequest line = body.scores().get(i);
            String at = "scores[" + i + "]";
            try {
                scores.add(new CriterionScore(line.code().strip(), line.points(), line.comment()));
            } catch (InvalidValueException e) {
                throw e.forField(at + "." + e.field().orElse("points"));   // the score's own rule (precision, range): name the line
            }
        }
        return ok(score.scorePreAssessment(requestActor.actor(), new ScorePreAssessmentCommand(id, revision, scores)));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitPreAssessment", summary = "Submit to finance (the project's unit; again after a return)", description = "Requires If-Match.")
    public RestResponse<PreAssessmentResponse> submit(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull PreAssessmentId id,
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(steps.submitPreAssessment(requestActor.actor(), id, revision(ifMatch, id)));
    }

    @POST
    @Path("/{id}/review")
    @Operation(operationId = "takeUpPreAssessment", summary = "Take a submitted assessment up (finance), optionally commissioning an agency",
            description = "Body {\"agencyId\": \"ZHENRUI\"} commissions the agency, whose evaluators then see and score it; no body, {} or no agency: finance assesses itself. Requires If-Match.")
    public RestResponse<PreAssessmentResponse> review(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull PreAssessmentId id,
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid TakeUpRequest body) {
        long revision = revision(ifMatch, id);
        AgencyId agency = body == null || body.agencyId() == null || body.agencyId().isBlank() ? null : new AgencyId(body.agencyId().strip());
        return ok(steps.takeUpPreAssessment(requestActor.actor(), id, revision, agency));
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "returnPreAssessment", summary = "Return to the unit with reasons (finance; 退回)", description = "Requires If-Match.")
    public RestResponse<PreAssessmentResponse> returnToUnit(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull PreAssessmentId id,
                                                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReturnRequest body) {
        long revision = revision(ifMatch, id);
        return ok(steps.returnPreAssessment(requestActor.actor(), id, revision, body.reason()));
    }

    @POST
    @Path("/{id}/conclude")
    @Operation(operationId = "concludePreAssessment",
            summary = "Conclude (finance): SUPPORT, SUPPORT_AFTER_ADJUSTMENT with an assessed amount below the request, or NOT_SUPPORTED",
            description = "Every criterion must be scored; an opinion is required. Requires If-Match.")
    public RestResponse<PreAssessmentResponse> conclude(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull PreAssessmentId id,
                                                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ConcludeRequest body) {
        long revision = revision(ifMatch, id);
        return ok(conclude.concludePreAssessment(requestActor.actor(), new ConcludePreAssessmentCommand(id, revision, body.conclusion(),
                body.assessedAmount(), body.opinion())));
    }

    private RestResponse<PreAssessmentResponse> ok(PreAssessmentDetails details) {
        return ResponseBuilder.ok(mapper.toResponse(requestActor.actor(), details)).tag(Long.toString(details.revision())).build();
    }

    private static long revision(String ifMatch, PreAssessmentId id) {
        return Revisions.fromIfMatch(ifMatch, PreAssessment.AUDIT_TYPE, id.toString());
    }
}
