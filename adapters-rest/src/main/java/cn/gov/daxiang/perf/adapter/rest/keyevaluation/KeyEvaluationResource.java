package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.CommissionRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.FindingsRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.PlanKeyEvaluationRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.ReturnRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.ScoresRequest;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.SetFrameworkRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.request.DomainRefusals;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.AcceptKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.CommissionKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.CommissionKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.FindKeyEvaluationQuery;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationChange;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ListKeyEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.PlanKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.PlanKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.RecordKeyEvaluationFindingsCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.RecordKeyEvaluationFindingsUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ReturnKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ReturnKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoreKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoreKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SetKeyEvaluationFrameworkCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SetKeyEvaluationFrameworkUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.StartKeyEvaluationFieldworkUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SubmitKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SummarizeKeyEvaluationsQuery;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Key evaluations (重点评价): finance plans one for a plan year on a project, a special fund or a department's overall
 * spending and commissions an agency; the agency's evaluator (or finance) sets the framework, the evaluator goes on site,
 * scores, records findings and submits; finance returns it with reasons or accepts it. An evaluator of another agency
 * gets 404 for everything; units and departments see accepted evaluations of their own objects only.
 */
@Path("/api/v1/key-evaluations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Key evaluations", description = "重点评价: plan, commission, framework, fieldwork, scores, findings, submit, return, accept, summary")
public class KeyEvaluationResource {

    private final PlanKeyEvaluationUseCase plan;
    private final CommissionKeyEvaluationUseCase commission;
    private final SetKeyEvaluationFrameworkUseCase setFramework;
    private final StartKeyEvaluationFieldworkUseCase startFieldwork;
    private final ScoreKeyEvaluationUseCase score;
    private final RecordKeyEvaluationFindingsUseCase recordFindings;
    private final SubmitKeyEvaluationUseCase submit;
    private final ReturnKeyEvaluationUseCase returnForRework;
    private final AcceptKeyEvaluationUseCase accept;
    private final FindKeyEvaluationQuery find;
    private final ListKeyEvaluationsQuery list;
    private final SummarizeKeyEvaluationsQuery summarize;
    private final KeyEvaluationRestMapper mapper;
    private final ProblemMessages messages;
    private final RequestActor requestActor;

    @Inject
    public KeyEvaluationResource(PlanKeyEvaluationUseCase plan, CommissionKeyEvaluationUseCase commission, SetKeyEvaluationFrameworkUseCase setFramework, StartKeyEvaluationFieldworkUseCase startFieldwork, ScoreKeyEvaluationUseCase score, RecordKeyEvaluationFindingsUseCase recordFindings, SubmitKeyEvaluationUseCase submit, ReturnKeyEvaluationUseCase returnForRework, AcceptKeyEvaluationUseCase accept, FindKeyEvaluationQuery find, ListKeyEvaluationsQuery list, SummarizeKeyEvaluationsQuery summarize, KeyEvaluationRestMapper mapper, ProblemMessages messages, RequestActor requestActor) {
        this.plan = plan;
        this.commission = commission;
        this.setFramework = setFramework;
        this.startFieldwork = startFieldwork;
        this.score = score;
        this.recordFindings = recordFindings;
        this.submit = submit;
        this.returnForRework = returnForRework;
        this.accept = accept;
        this.find = find;
        this.list = list;
        this.summarize = summarize;
        this.mapper = mapper;
        this.messages = messages;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listKeyEvaluations", summary = "The key evaluations the caller may see, newest plan year first",
            description = "Coded filters take the code or the label.")
    public PageResponse<KeyEvaluationResponse> list(
            @Parameter(description = "Plan year", schema = @Schema(type = SchemaType.INTEGER), example = "2024") @QueryParam("fiscalYear") FiscalYear fiscalYear,
            @Parameter(description = "State (code or label)") @QueryParam("state") KeyEvaluationState state,
            @Parameter(description = "Commissioned agency", schema = @Schema(type = SchemaType.STRING), example = "ZHENRUI") @QueryParam("agencyId") @Size(max = 40) String agencyId,
            @Parameter(description = "Subject kind (code or label)") @QueryParam("subjectKind") SubjectKind subjectKind,
            @BeanParam @Valid PageQuery paging, @Context HttpHeaders headers) {
        KeyEvaluationCriteria criteria = new KeyEvaluationCriteria(fiscalYear, state, agency(agencyId), subjectKind);
        Locale locale = locale(headers);
        Actor actor = requestActor.actor();
        return PageResponse.of(list.listKeyEvaluations(actor, criteria, paging.paging()), d -> mapper.toResponse(d, actor, messages, locale));
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "summarizeKeyEvaluations",
            summary = "The plan year's accepted key evaluations as the annual report states them (computed now, within the caller's visibility)")
    public KeyEvaluationSummaryResponse summary(@Parameter(description = "Plan year", required = true, schema = @Schema(type = SchemaType.INTEGER),
            example = "2024") @QueryParam("fiscalYear") @NotNull FiscalYear fiscalYear) {
        return mapper.toResponse(summarize.summarizeKeyEvaluations(requestActor.actor(), fiscalYear));
    }

    @POST
    @Operation(operationId = "planKeyEvaluation", summary = "Plan a key evaluation (finance)")
    @APIResponse(responseCode = "201", description = "Planned; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = KeyEvaluationResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<KeyEvaluationResponse> plan(@Valid @NotNull PlanKeyEvaluationRequest body, @Context UriInfo uri, @Context HttpHeaders headers) {
        KeyEvaluationPlan planned = DomainRefusals.at("body", () -> new KeyEvaluationPlan(body.title(), body.fiscalYear(),
                KeyEvaluationBodies.object(body.object(), body.fiscalYear()), body.subjectKind(), body.dueDate()));
        KeyEvaluationDetails details = plan.planKeyEvaluation(requestActor.actor(), new PlanKeyEvaluationCommand(planned));
        return ResponseBuilder.<KeyEvaluationResponse>created(uri.getAbsolutePathBuilder().path(details.evaluation().getId().toString()).build())
                .tag(Long.toString(details.revision())).entity(mapper.toResponse(details, requestActor.actor(), messages, locale(headers))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getKeyEvaluation", summary = "One key evaluation with its indicators, scores, findings and history")
    public RestResponse<KeyEvaluationResponse> find(@PathParam("id") KeyEvaluationId id, @Context HttpHeaders headers) {
        return ok(find.findKeyEvaluation(requestActor.actor(), id), headers);
    }

    @POST
    @Path("/{id}/commission")
    @Operation(operationId = "commissionKeyEvaluation", summary = "Commission an active agency (finance)", description = "Requires If-Match.")
    public RestResponse<KeyEvaluationResponse> commission(@PathParam("id") KeyEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                          @Valid @NotNull CommissionRequest body, @Context HttpHeaders headers) {
        AgencyId agency = agency(body.agencyId(), "agencyId");
        return change(id, ifMatch, headers, revision -> commission.commissionKeyEvaluation(requestActor.actor(),
                new CommissionKeyEvaluationCommand(id, revision, agency)));
    }

    @PUT
    @Path("/{id}/framework")
    @Operation(operationId = "setKeyEvaluationFramework",
            summary = "Choose a framework version, optionally with adjusted points or indicators (finance or the commissioned evaluator, until fieldwork)",
            description = "Requires If-Match.")
    public RestResponse<KeyEvaluationResponse> framework(@PathParam("id") KeyEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                         @Valid @NotNull SetFrameworkRequest body, @Context HttpHeaders headers) {
        FrameworkReference reference = DomainRefusals.at("version", () -> new FrameworkReference(body.frameworkCode(), body.version()));
        IndicatorTree indicators = body.indicators() == null ? null : KeyEvaluationBodies.tree("indicators", body.indicators());
        Map<String, BigDecimal> points = body.points() == null ? Map.of() : new LinkedHashMap<>(body.points());
        return change(id, ifMatch, headers, revision -> setFramework.setKeyEvaluationFramework(requestActor.actor(),
                new SetKeyEvaluationFrameworkCommand(id, revision, reference, points, indicators)));
    }

    @POST
    @Path("/{id}/fieldwork")
    @Operation(operationId = "startKeyEvaluationFieldwork",
            summary = "Start fieldwork (现场评价; the commissioned evaluator); indicators are fixed from now on", description = "Requires If-Match.")
    public RestResponse<KeyEvaluationResponse> fieldwork(@PathParam("id") KeyEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                         @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> startFieldwork.startKeyEvaluationFieldwork(requestActor.actor(), new KeyEvaluationChange(id, revision)));
    }

    @PUT
    @Path("/{id}/scores")
    @Operation(operationId = "scoreKeyEvaluation",
            summary = "Record a score sheet of level-3 indicators (the commissioned evaluator); all or nothing, every bad line named",
            description = "Requires If-Match.")
    public RestResponse<KeyEvaluationResponse> scores(@PathParam("id") KeyEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                      @Valid @NotNull ScoresRequest body, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> score.scoreKeyEvaluation(requestActor.actor(), new ScoreKeyEvaluationCommand(id, revision,
                KeyEvaluationBodies.scores(body.scores()))));
    }

    @PUT
    @Path("/{id}/findings")
    @Operation(operationId = "recordKeyEvaluationFindings",
            summary = "Record the findings (问题) and suggestions (建议), replacing earlier ones (the commissioned evaluator)",
            description = "Requires If-Match.")
    public RestResponse<KeyEvaluationResponse> findings(@PathParam("id") KeyEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                        @Valid @NotNull FindingsRequest body, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> recordFindings.recordKeyEvaluationFindings(requestActor.actor(),
                new RecordKeyEvaluationFindingsCommand(id, revision, KeyEvaluationBodies.findings(body.findings()),
                        KeyEvaluationBodies.suggestions(body.suggestions()))));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitKeyEvaluation",
            summary = "Submit the report (the commissioned evaluator): totalled and graded with the key-evaluation scheme of the plan year",
            description = "Requires If-Match.")
    public RestResponse<KeyEvaluationResponse> submit(@PathParam("id") KeyEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                      @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> submit.submitKeyEvaluation(requestActor.actor(), new KeyEvaluationChange(id, revision)));
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "returnKeyEvaluation", summary = "Return the submitted report for rework with reasons (finance)",
            description = "Requires If-Match.")
    public RestResponse<KeyEvaluationResponse> returnForRework(@PathParam("id") KeyEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                               @Valid @NotNull ReturnRequest body, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> returnForRework.returnKeyEvaluation(requestActor.actor(),
                new ReturnKeyEvaluationCommand(id, revision, body.reasons())));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptKeyEvaluation", summary = "Accept the report (finance); score and grade become final", description = "Requires If-Match.")
    public RestResponse<KeyEvaluationResponse> accept(@PathParam("id") KeyEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                      @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> accept.acceptKeyEvaluation(requestActor.actor(), new KeyEvaluationChange(id, revision)));
    }

    private RestResponse<KeyEvaluationResponse> change(KeyEvaluationId id, String ifMatch, HttpHeaders headers, LongFunction<KeyEvaluationDetails> command) {
        long revision = Revisions.fromIfMatch(ifMatch, KeyEvaluation.AUDIT_TYPE, id.toString());
        return ok(command.apply(revision), headers);
    }

    private RestResponse<KeyEvaluationResponse> ok(KeyEvaluationDetails details, HttpHeaders headers) {
        return ResponseBuilder.ok(mapper.toResponse(details, requestActor.actor(), messages, locale(headers))).tag(Long.toString(details.revision())).build();
    }

    private Locale locale(HttpHeaders headers) {
        return messages.negotiate(headers.getAcceptableLanguages());
    }

    private static AgencyId agency(String text) {
        return text == null || text.isBlank() ? null : agency(text, "agencyId");
    }

    private static AgencyId agency(String text, String field) {
        return DomainRefusals.at(field, () -> new AgencyId(text.strip()));
    }
}
