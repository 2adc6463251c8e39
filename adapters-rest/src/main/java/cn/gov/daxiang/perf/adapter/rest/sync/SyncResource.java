package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
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
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictResolution;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

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
    @Operation(summary = "The run history, newest first", description = "Started, finished, pulled, upserted, conflicts, pushed, failed, error; progress while running.")
    public PageResponse<SyncRunResponse> listRuns(
            @Parameter(description = "RUNNING, SUCCEEDED, FAILED or ABANDONED") @QueryParam("state") String state,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        Params params = new Params();
        SyncRunState stateFilter = params.optional("state", state, SyncRunState::parse);
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(listRuns.listSyncRuns(requestActor.actor(), stateFilter, paging), mapper::toResponse);
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a run now", description = "Answers 202 with the run (RUNNING) and its Location; the run proceeds in the "
            + "background. 409 SYNC_RUN_IN_PROGRESS while another run (on any node) holds the lease.")
    @APIResponse(responseCode = "202", description = "Started")
    @APIResponse(responseCode = "409", description = "Another run is under way")
    public Response startRun(StartSyncRunRequest request, @Context UriInfo uri) {
        SyncMode mode = request == null || request.mode() == null || request.mode().isBlank() ? SyncMode.INCREMENTAL
                : Params.required("mode", request.mode(), SyncMode::parse);
        SyncRun run = startRun.startSyncRun(requestActor.actor(), SyncTrigger.MANUAL, mode);
        return Response.accepted(mapper.toResponse(run)).location(uri.getBaseUriBuilder().path("api/v1/sync/runs").path(run.getId().toString()).build())
                .build();
    }

    @GET
    @Path("/runs/{runId}")
    @Operation(summary = "One run, with its progress while it runs")
    public SyncRunResponse findRun(@PathParam("runId") String runId) {
        return mapper.toResponse(findRun.findSyncRun(requestActor.actor(), Params.required("runId", runId, SyncRunId::parse)));
    }

    @GET
    @Path("/outbox")
    @Operation(summary = "Reports to the province, oldest first",
            description = "Filter by state (PENDING, SENT, DEAD_LETTER), message type and subject (e.g. a self-evaluation's id).")
    public PageResponse<OutboxMessageResponse> listOutbox(
            @Parameter(description = "PENDING, SENT or DEAD_LETTER") @QueryParam("state") String state,
            @Parameter(description = "Message type, e.g. sync.receipt or self-evaluation.completed") @QueryParam("messageType") String messageType,
            @Parameter(description = "The reported object's id, e.g. {goalId}/v1 for goal.approved") @QueryParam("subjectId") String subjectId,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        Params params = new Params();
        OutboxState stateFilter = params.optional("state", state, OutboxState::parse);
        String messageTypeTerm = params.text("messageType", messageType);
        String subjectIdTerm = params.text("subjectId", subjectId);
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(listMessages.listOutboxMessages(requestActor.actor(),
                        new OutboxCriteria(stateFilter, messageTypeTerm, subjectIdTerm), paging),
                mapper::toResponse);
    }

    @GET
    @Path("/outbox/{messageId}")
    @Operation(summary = "One outbox message with its payload")
    public OutboxMessageResponse findMessage(@PathParam("messageId") String messageId) {
        return mapper.toResponse(findMessage.findOutboxMessage(requestActor.actor(), Params.required("messageId", messageId, OutboxMessageId::parse)));
    }

    @GET
    @Path("/dead-letters")
    @Operation(summary = "Dead letters: reports the province refused or that failed every attempt, oldest first")
    public PageResponse<OutboxMessageResponse> listDeadLetters(
            @Parameter(description = "Message type") @QueryParam("messageType") String messageType,
            @Parameter(description = "The reported object's id") @QueryParam("subjectId") String subjectId,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        Params params = new Params();
        String messageTypeTerm = params.text("messageType", messageType);
        String subjectIdTerm = params.text("subjectId", subjectId);
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(listMessages.listOutboxMessages(requestActor.actor(),
                        OutboxCriteria.deadLetters(messageTypeTerm, subjectIdTerm), paging),
                mapper::toResponse);
    }

    @POST
    @Path("/dead-letters/{messageId}/retry")
    @Operation(summary = "Send a dead letter back to the outbox", description = "Due at once, with the same idempotency key; delivered by the next run. 409 unless it is a dead letter.")
    public OutboxMessageResponse retryDeadLetter(@PathParam("messageId") String messageId) {
        return mapper.toResponse(retryDeadLetter.retryDeadLetter(requestActor.actor(), Params.required("messageId", messageId, OutboxMessageId::parse)));
    }

    @GET
    @Path("/conflicts")
    @Operation(summary = "The conflict log, newest first", description = "Provincial changes held back because they conflict with local state.")
    public PageResponse<SyncConflictResponse> listConflicts(
            @Parameter(description = "OPEN or RESOLVED") @QueryParam("state") String state,
            @Parameter(description = "PROJECT_MOVED_WITH_LOCAL_WORK, PROJECT_DELETED_UPSTREAM, UNIT_DEACTIVATED_WITH_OPEN_WORK, UNIT_DELETED_UPSTREAM or REFERENCE_UNRESOLVED")
            @QueryParam("kind") String kind,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        Params params = new Params();
        ConflictState stateFilter = params.optional("state", state, ConflictState::parse);
        ConflictKind kindFilter = params.optional("kind", kind, ConflictKind::parse);
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(listConflicts.listSyncConflicts(requestActor.actor(), new SyncConflictCriteria(stateFilter, kindFilter), paging), mapper::toResponse);
    }

    @GET
    @Path("/conflicts/{conflictId}")
    @Operation(summary = "One conflict: what the district has and what the province sent")
    public SyncConflictResponse findConflict(@PathParam("conflictId") String conflictId) {
        return mapper.toResponse(findConflict.findSyncConflict(requestActor.actor(), Params.required("conflictId", conflictId, SyncConflictId::parse)));
    }

    @POST
    @Path("/conflicts/{conflictId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide an open conflict", description = "ACCEPT_PROVINCIAL takes the held change over now (422 when it cannot be, "
            + "e.g. a deleted project that goals still refer to); KEEP_LOCAL keeps the district's record and needs a note. Either way the "
            + "decision is audited and reported to the province. 409 when already resolved.")
    public SyncConflictResponse resolveConflict(@PathParam("conflictId") String conflictId, ResolveSyncConflictRequest request) {
        SyncConflictId id = Params.required("conflictId", conflictId, SyncConflictId::parse);
        if (request == null || request.resolution() == null || request.resolution().isBlank()) {
            throw new InvalidValueException("resolution", "SYNC_CONFLICT_RESOLUTION_UNKNOWN", Map.of("value", "", "allowed", "[ACCEPT_PROVINCIAL, KEEP_LOCAL]"));
        }
        ConflictResolution resolution = Params.required("resolution", request.resolution(), ConflictResolution::parse);
        return mapper.toResponse(resolveConflict.resolveSyncConflict(requestActor.actor(), new ResolveSyncConflictCommand(id, resolution, request.note())));
    }
}
