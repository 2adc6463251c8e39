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
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
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
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
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
    @Operation(summary = "The key evaluations the caller may see, newest plan year first")
    public PageResponse<KeyEvaluationResponse> list(@Parameter(description = "Plan year") @QueryParam("fiscalYear") String fiscalYear,
                                                    @Parameter(description = "PLANNED, COMMISSIONED, FRAMEWORK_SET, FIELDWORK, REPORT_SUBMITTED, RETURNED or ACCEPTED")
                                                    @QueryParam("state") String state,
                                                    @QueryParam("agencyId") String agencyId,
                                                    @Parameter(description = "SPECIAL_BOND, SOCIAL_SECURITY_FUND, GOVERNMENT_PURCHASED_SERVICE, TRANSFER_PAYMENT, OTHER_PROJECT or DEPARTMENT_OVERALL")
                                                    @QueryParam("subjectKind") String subjectKind,
                                                    @QueryParam("page") String page, @QueryParam("size") String size,
                                                    @Context HttpHeaders headers) {
        Params params = new Params();
        KeyEvaluationCriteria criteria = new KeyEvaluationCriteria(params.optional("fiscalYear", fiscalYear, FiscalYear::parse),
                params.optional("state", state, t -> Fields.code("state", t, KeyEvaluationState.class)),
                params.optional("agencyId", agencyId, AgencyId::new),
                params.optional("subjectKind", subjectKind, t -> Fields.code("subjectKind", t, SubjectKind.class)));
        Paging paging = params.paging(page, size);
        params.requireValid();
        Locale locale = locale(headers);
        return PageResponse.of(list.listKeyEvaluations(requestActor.actor(), criteria, paging), d -> mapper.toResponse(d, messages, locale));
    }

    @GET
    @Path("/summary")
    @Operation(summary = "The plan year's accepted key evaluations as the annual report states them (computed now, within the caller's visibility)")
    public KeyEvaluationSummaryResponse summary(@Parameter(description = "Plan year", required = true) @QueryParam("fiscalYear") String fiscalYear) {
        FiscalYear year = Params.required("fiscalYear", fiscalYear, FiscalYear::parse);
        return mapper.toResponse(summarize.summarizeKeyEvaluations(requestActor.actor(), year));
    }

    @POST
    @Operation(summary = "Plan a key evaluation (finance)")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response plan(PlanKeyEvaluationRequest request, @Context UriInfo uri, @Context HttpHeaders headers) {
        if (request == null) {
            throw Fields.missing("body");
        }
        FiscalYear year = Fields.within("fiscalYear", () -> FiscalYear.of(Fields.required("fiscalYear", request.fiscalYear())));
        SubjectKind kind = Fields.requiredText("subjectKind", request.subjectKind(), t -> Fields.code("subjectKind", t, SubjectKind.class));
        KeyEvaluationPlan planned = new KeyEvaluationPlan(request.title(), year, KeyEvaluationBodies.object(request.object(), year), kind,
                Fields.required("dueDate", Fields.date("dueDate", request.dueDate())));
        KeyEvaluationDetails details = plan.planKeyEvaluation(requestActor.actor(), new PlanKeyEvaluationCommand(planned));
        return Response.created(uri.getAbsolutePathBuilder().path(details.evaluation().getId().toString()).build())
                .tag(Long.toString(details.revision())).entity(mapper.toResponse(details, messages, locale(headers))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One key evaluation with its indicators, scores, findings and history")
    public Response find(@PathParam("id") String id, @Context HttpHeaders headers) {
        return ok(find.findKeyEvaluation(requestActor.actor(), id(id)), headers);
    }

    @POST
    @Path("/{id}/commission")
    @Operation(summary = "Commission an active agency (finance)", description = "Requires If-Match.")
    public Response commission(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CommissionRequest request, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> {
            CommissionRequest given = Fields.required("body", request);
            AgencyId agency = Fields.requiredText("agencyId", given.agencyId(), AgencyId::new);
            return commission.commissionKeyEvaluation(requestActor.actor(), new CommissionKeyEvaluationCommand(id(id), revision, agency));
        });
    }

    @PUT
    @Path("/{id}/framework")
    @Operation(summary = "Choose a framework version, optionally with adjusted points or indicators (finance or the commissioned evaluator, until fieldwork)",
            description = "Requires If-Match.")
    public Response framework(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SetFrameworkRequest request, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> {
            SetFrameworkRequest given = Fields.required("body", request);
            FrameworkCode code = Fields.requiredText("frameworkCode", given.frameworkCode(), FrameworkCode::of);
            int version = Fields.required("version", given.version());
            FrameworkReference reference = Fields.within("version", () -> new FrameworkReference(code, version));
            IndicatorTree indicators = given.indicators() == null ? null : KeyEvaluationBodies.tree("indicators", given.indicators());
            return setFramework.setKeyEvaluationFramework(requestActor.actor(), new SetKeyEvaluationFrameworkCommand(id(id), revision, reference,
                    KeyEvaluationBodies.points(given.points()), indicators));
        });
    }

    @POST
    @Path("/{id}/fieldwork")
    @Operation(summary = "Start fieldwork (现场评价; the commissioned evaluator); indicators are fixed from now on", description = "Requires If-Match.")
    public Response fieldwork(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> startFieldwork.startKeyEvaluationFieldwork(requestActor.actor(), new KeyEvaluationChange(id(id), revision)));
    }

    @PUT
    @Path("/{id}/scores")
    @Operation(summary = "Record a score sheet of level-3 indicators (the commissioned evaluator); all or nothing, every bad line named",
            description = "Requires If-Match.")
    public Response scores(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ScoresRequest request, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> score.scoreKeyEvaluation(requestActor.actor(), new ScoreKeyEvaluationCommand(id(id), revision,
                KeyEvaluationBodies.scores(Fields.required("body", request).scores()))));
    }

    @PUT
    @Path("/{id}/findings")
    @Operation(summary = "Record the findings (问题) and suggestions (建议), replacing earlier ones (the commissioned evaluator)",
            description = "Requires If-Match.")
    public Response findings(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FindingsRequest request, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> {
            FindingsRequest given = Fields.required("body", request);
            return recordFindings.recordKeyEvaluationFindings(requestActor.actor(), new RecordKeyEvaluationFindingsCommand(id(id), revision,
                    KeyEvaluationBodies.findings(given.findings()), KeyEvaluationBodies.suggestions(given.suggestions())));
        });
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit the report (the commissioned evaluator): totalled and graded with the key-evaluation scheme of the plan year",
            description = "Requires If-Match.")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> submit.submitKeyEvaluation(requestActor.actor(), new KeyEvaluationChange(id(id), revision)));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return the submitted report for rework with reasons (finance)", description = "Requires If-Match.")
    public Response returnForRework(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReturnRequest request, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> returnForRework.returnKeyEvaluation(requestActor.actor(), new ReturnKeyEvaluationCommand(id(id), revision,
                Fields.required("body", request).reasons())));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept the report (finance); score and grade become final", description = "Requires If-Match.")
    public Response accept(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpHeaders headers) {
        return change(id, ifMatch, headers, revision -> accept.acceptKeyEvaluation(requestActor.actor(), new KeyEvaluationChange(id(id), revision)));
    }

    private Response change(String id, String ifMatch, HttpHeaders headers, LongFunction<KeyEvaluationDetails> command) {
        KeyEvaluationId evaluation = id(id);
        long revision = Revisions.fromIfMatch(ifMatch, KeyEvaluation.AUDIT_TYPE, evaluation.toString());
        return ok(command.apply(revision), headers);
    }

    private Response ok(KeyEvaluationDetails details, HttpHeaders headers) {
        return Response.ok(mapper.toResponse(details, messages, locale(headers))).tag(Long.toString(details.revision())).build();
    }

    private Locale locale(HttpHeaders headers) {
        return messages.negotiate(headers.getAcceptableLanguages());
    }

    static KeyEvaluationId id(String id) {
        try {
            return KeyEvaluationId.parse(id);
        } catch (InvalidValueException e) {
            throw e.forField("id");
        }
    }
}
