package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.application.port.in.sync.FindOutboxMessageQuery;
import cn.gov.daxiang.perf.application.port.in.sync.FindSyncConflictQuery;
import cn.gov.daxiang.perf.application.port.in.sync.FindSyncRunQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ListOutboxMessagesQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ListSyncConflictsQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ListSyncRunsQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ResolveSyncConflictCommand;
import cn.gov.daxiang.perf.application.port.in.sync.ResolveSyncConflictUseCase;
import cn.gov.daxiang.perf.application.port.in.sync.RetryDeadLetterUseCase;
import cn.gov.daxiang.perf.application.port.in.sync.StartSyncRunUseCase;
import cn.gov.daxiang.perf.application.port.in.sync.SyncConflictCriteria;
import cn.gov.daxiang.perf.application.sync.OutboxCriteria;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.application.sync.OutboxState;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * The synchronisation with the provincial platform: runs (history, progress, a manual trigger), the outbox of
 * reports to the province with its dead letters, and the conflict log. FINANCE_ADMIN and SYNC only.
 */
@Path("/api/v1/sync")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provincial sync", description = "省平台同步: runs, outbox, dead letters and conflicts. FINANCE_ADMIN and SYNC only.")
public class SyncResource {

    private final StartSyncRunUseCase startRun;
    private final ListSyncRunsQuery listRuns;
    private final FindSyncRunQuery findRun;
    private final ListOutboxMessagesQuery listMessages;
    private final FindOutboxMessageQuery findMessage;
    private final RetryDeadLetterUseCase retryDeadLetter;
    private final ListSyncConflictsQuery listConflicts;
    private final FindSyncConflictQuery findConflict;
    private final ResolveSyncConflictUseCase resolveConflict;
    private final SyncRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public SyncResource(StartSyncRunUseCase startRun, ListSyncRunsQuery listRuns, FindSyncRunQuery findRun,
                        ListOutboxMessagesQuery listMessages, FindOutboxMessageQuery findMessage, RetryDeadLetterUseCase retryDeadLetter,
                        ListSyncConflictsQuery listConflicts, FindSyncConflictQuery findConflict,
                        ResolveSyncConflictUseCase resolveConflict, SyncRestMapper mapper, RequestActor requestActor) {
        this.startRun = startRun;
        this.listRuns = listRuns;
        this.findRun = findRun;
        this.listMessages = listMessages;
        this.findMessage = findMessage;
        this.retryDeadLetter = retryDeadLetter;
        this.listConflicts = listConflicts;
        this.findConflict = findConflict;
        this.resolveConflict = resolveConflict;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Path("/runs")
    @Operation(operationId = "listSyncRuns", summary = "The run history, newest first",
            description = "Started, finished, pulled, upserted, conflicts, pushed, failed, error; progress while running.")
    public PageResponse<SyncRunResponse> listRuns(
            @Parameter(description = "RUNNING, SUCCEEDED, FAILED or ABANDONED, or the label (运行中 …)") @QueryParam("state") SyncRunState state,
            @BeanParam @Valid PageQuery paging) {
        return PageResponse.of(listRuns.listSyncRuns(requestActor.actor(), state, paging.paging()), mapper::toResponse);
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startSyncRun", summary = "Start a run now", description = "Answers 202 with the run (RUNNING) and its Location; the run proceeds in the "
            + "background. No body or no mode: INCREMENTAL. 409 SYNC_RUN_IN_PROGRESS while another run (on any node) holds the lease.")
    @APIResponse(responseCode = "202", description = "Started; Location names the run",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = SyncRunResponse.class)))
    @APIResponse(responseCode = "409", description = "Another run is under way")
    public RestResponse<SyncRunResponse> startRun(@Valid StartSyncRunRequest body, @Context UriInfo uri) {
        SyncMode mode = body == null || body.mode() == null ? SyncMode.INCREMENTAL : body.mode();
        SyncRun run = startRun.startSyncRun(requestActor.actor(), SyncTrigger.MANUAL, mode);
        return ResponseBuilder.<SyncRunResponse>accepted().entity(mapper.toResponse(run))
                .location(uri.getBaseUriBuilder().path("api/v1/sync/runs").path(run.getId().toString()).build()).build();
    }

    @GET
    @Path("/runs/{runId}")
    @Operation(operationId = "getSyncRun", summary = "One run, with its progress while it runs")
    public SyncRunResponse findRun(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("runId") @NotNull SyncRunId runId) {
        return mapper.toResponse(findRun.findSyncRun(requestActor.actor(), runId));
    }

    @GET
    @Path("/outbox")
    @Operation(operationId = "listOutboxMessages", summary = "Reports to the province, oldest first",
            description = "Filter by state (PENDING, SENT, DEAD_LETTER), message type and subject (e.g. a self-evaluation's id).")
    public PageResponse<OutboxMessageResponse> listOutbox(
            @Parameter(description = "PENDING, SENT or DEAD_LETTER, or the label (待发送, 已发送, 死信)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "SENT", "DEAD_LETTER"})) @QueryParam("state") String state,
            @Parameter(description = "Message type, e.g. sync.receipt or self-evaluation.completed")
            @QueryParam("messageType") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String messageType,
            @Parameter(description = "The reported object's id, e.g. {goalId}/v1 for goal.approved")
            @QueryParam("subjectId") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String subjectId,
            @BeanParam @Valid PageQuery paging) {
        OutboxState stateFilter = state == null || state.isBlank() ? null : parameter("state", () -> OutboxState.parse(state));
        return PageResponse.of(listMessages.listOutboxMessages(requestActor.actor(),
                        new OutboxCriteria(stateFilter, term("messageType", messageType), term("subjectId", subjectId)), paging.paging()),
                mapper::toResponse);
    }

    @GET
    @Path("/outbox/{messageId}")
    @Operation(operationId = "getOutboxMessage", summary = "One outbox message with its payload")
    public OutboxMessageResponse findMessage(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("messageId") String messageId) {
        return mapper.toResponse(findMessage.findOutboxMessage(requestActor.actor(), messageId(messageId)));
    }

    @GET
    @Path("/dead-letters")
    @Operation(operationId = "listDeadLetters", summary = "Dead letters: reports the province refused or that failed every attempt, oldest first")
    public PageResponse<OutboxMessageResponse> listDeadLetters(
            @Parameter(description = "Message type") @QueryParam("messageType") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String messageType,
            @Parameter(description = "The reported object's id") @QueryParam("subjectId") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String subjectId,
            @BeanParam @Valid PageQuery paging) {
        return PageResponse.of(listMessages.listOutboxMessages(requestActor.actor(),
                        OutboxCriteria.deadLetters(term("messageType", messageType), term("subjectId", subjectId)), paging.paging()),
                mapper::toResponse);
    }

    @POST
    @Path("/dead-letters/{messageId}/retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "retryDeadLetter", summary = "Send a dead letter back to the outbox",
            description = "Due at once, with the same idempotency key; delivered by the next run. 409 unless it is a dead letter.")
    public OutboxMessageResponse retryDeadLetter(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("messageId") String messageId) {
        return mapper.toResponse(retryDeadLetter.retryDeadLetter(requestActor.actor(), messageId(messageId)));
    }

    @GET
    @Path("/conflicts")
    @Operation(operationId = "listSyncConflicts", summary = "The conflict log, newest first",
            description = "Provincial changes held back because they conflict with local state.")
    public PageResponse<SyncConflictResponse> listConflicts(
            @Parameter(description = "OPEN or RESOLVED, or the label (待处理, 已处理)") @QueryParam("state") ConflictState state,
            @Parameter(description = "PROJECT_MOVED_WITH_LOCAL_WORK, PROJECT_DELETED_UPSTREAM, UNIT_DEACTIVATED_WITH_OPEN_WORK, UNIT_DELETED_UPSTREAM or REFERENCE_UNRESOLVED, or the label")
            @QueryParam("kind") ConflictKind kind,
            @BeanParam @Valid PageQuery paging) {
        return PageResponse.of(listConflicts.listSyncConflicts(requestActor.actor(), new SyncConflictCriteria(state, kind), paging.paging()),
                mapper::toResponse);
    }

    @GET
    @Path("/conflicts/{conflictId}")
    @Operation(operationId = "getSyncConflict", summary = "One conflict: what the district has and what the province sent")
    public SyncConflictResponse findConflict(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("conflictId") @NotNull SyncConflictId conflictId) {
        return mapper.toResponse(findConflict.findSyncConflict(requestActor.actor(), conflictId));
    }

    @POST
    @Path("/conflicts/{conflictId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveSyncConflict", summary = "Decide an open conflict", description = "ACCEPT_PROVINCIAL takes the held change over now (422 when it cannot be, "
            + "e.g. a deleted project that goals still refer to); KEEP_LOCAL keeps the district's record and needs a note. Either way the "
            + "decision is audited and reported to the province. 409 when already resolved.")
    public SyncConflictResponse resolveConflict(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("conflictId") @NotNull SyncConflictId conflictId,
                                                @Valid @NotNull ResolveSyncConflictRequest body) {
        return mapper.toResponse(resolveConflict.resolveSyncConflict(requestActor.actor(),
                new ResolveSyncConflictCommand(conflictId, body.resolution(), body.note())));
    }

    /** The outbox's ids and states are the application's (not the domain's): read by their own parsers, refused naming the parameter. */
    private static <T> T parameter(String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            throw e.forField(name);
        }
    }

    private static OutboxMessageId messageId(String text) {
        return parameter("messageId", () -> OutboxMessageId.parse(text));
    }

    /** A search term as the domain takes it: trimmed, null when blank. */
    private static String term(String name, String raw) {
        return raw == null || raw.isBlank() ? null : Texts.searchTerm(name, raw);
    }
}
