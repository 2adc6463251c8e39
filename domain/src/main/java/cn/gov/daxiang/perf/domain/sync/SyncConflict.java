package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Texts;

import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A provincial change held back because it conflicts with local state (see {@link ConflictKind}). The log keeps
 * what the district had and what the province sent, field by field, so a person can decide; until then the
 * change is not applied, and later changes of the same record join this conflict instead of overtaking it
 * (the province's order is kept). Resolving takes the change over or keeps the local record, with a reason.
 */
public final class SyncConflict implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "sync-conflict";
    public static final int NOTE_MAX_LENGTH = 1000;

    public enum Action { RESOLVE }

    private final SyncConflictId id;
    private final SyncStream stream;
    private final String subjectKey;
    private final Instant detectedAt;
    private ConflictKind kind;
    private long changeSeq;
    private boolean deletion;
    private Map<String, String> local;
    private Map<String, String> incoming;
    private SyncRunId lastRunId;
    private ConflictState state;
    private ConflictResolution resolution;
    private String resolvedBy;
    private Instant resolvedAt;
    private String note;
    private final RecordedEvents events = new RecordedEvents();

    private SyncConflict(SyncConflictId id, SyncStream stream, String subjectKey, Instant detectedAt, ConflictKind kind,
                         long changeSeq, boolean deletion, Map<String, String> local, Map<String, String> incoming,
                         SyncRunId lastRunId, ConflictState state, ConflictResolution resolution, String resolvedBy,
                         Instant resolvedAt, String note) {
        this.id = Objects.requireNonNull(id, "id");
        this.stream = Objects.requireNonNull(stream, "stream");
        this.subjectKey = Objects.requireNonNull(subjectKey, "subjectKey");
        this.detectedAt = Objects.requireNonNull(detectedAt, "detectedAt");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.changeSeq = changeSeq;
        this.deletion = deletion;
        this.local = copy(local);
        this.incoming = copy(incoming);
        this.lastRunId = lastRunId;
        this.state = Objects.requireNonNull(state, "state");
        this.resolution = resolution;
        this.resolvedBy = resolvedBy;
        this.resolvedAt = resolvedAt;
        this.note = note;
    }

    /**
     * A newly detected conflict.
     *
     * @param local    the local record's fields (empty when there is none)
     * @param incoming the province's record's fields (empty for a deletion)
     */
    public static SyncConflict detected(ConflictKind kind, SyncStream stream, String subjectKey, long changeSeq, boolean deletion,
                                        Map<String, String> local, Map<String, String> incoming, SyncRunId runId, Instant now) {
        return new SyncConflict(SyncConflictId.random(), stream, subjectKey, now, kind, changeSeq, deletion, local, incoming,
                runId, ConflictState.OPEN, null, null, null, null);
    }

    public static SyncConflict reconstitute(SyncConflictId id, SyncStream stream, String subjectKey, Instant detectedAt,
                                            ConflictKind kind, long changeSeq, boolean deletion, Map<String, String> local,
                                            Map<String, String> incoming, SyncRunId lastRunId, ConflictState state,
                                            ConflictResolution resolution, String resolvedBy, Instant resolvedAt, String note) {
        return new SyncConflict(id, stream, subjectKey, detectedAt, kind, changeSeq, deletion, local, incoming, lastRunId,
                state, resolution, resolvedBy, resolvedAt, note);
    }

    /**
     * A later change of the same record arrived while this conflict is open: it replaces the held change (the
     * province's latest word is what a decision must be about). Its own kind, if it is a conflict in itself,
     * replaces the kind; a change that would not conflict on its own is still held behind this one.
     */
    public void supersede(Optional<ConflictKind> newKind, long newChangeSeq, boolean newDeletion, Map<String, String> newIncoming,
                          SyncRunId runId) {
        requireOpen();
        if (newChangeSeq <= changeSeq) {
            return;
        }
        newKind.ifPresent(k -> kind = k);
        changeSeq = newChangeSeq;
        deletion = newDeletion;
        incoming = copy(newIncoming);
        lastRunId = runId;
    }

    /** OPEN → RESOLVED. Keeping the local record needs a reason; accepting may carry one. */
    public void resolve(ConflictResolution chosen, String actorId, String reason, Instant now) {
        requireOpen();
        Objects.requireNonNull(chosen, "resolution");
        String text = Texts.optional("note", reason, NOTE_MAX_LENGTH);
        if (chosen == ConflictResolution.KEEP_LOCAL && text == null) {
            throw new InvalidValueException("note", "SYNC_CONFLICT_NOTE_REQUIRED", Map.of("conflictId", id.toString()));
        }
        state = ConflictState.RESOLVED;
        resolution = chosen;
        resolvedBy = actorId;
        resolvedAt = now;
        note = text;
        events.record(new ConflictResolved(id, kind, stream, subjectKey, changeSeq, chosen, text, actorId, now));
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    private void requireOpen() {
        if (state != ConflictState.OPEN) {
            throw new IllegalTransitionException("SYNC_CONFLICT_ALREADY_RESOLVED", state.name(), Action.RESOLVE.name(), List.of());
        }
    }

    /** The province's unit as held, to take over on acceptance (not for deletions). */
    public BudgetUnit incomingUnit() {
        requireRecord(SyncStream.AGENCIES);
        String department = incoming.get("supervisingDepartment");
        return BudgetUnit.of(UnitCode.of(subjectKey), incoming.get("name"), department == null ? null : UnitCode.of(department),
                Boolean.parseBoolean(incoming.get("active")));
    }

    /** The province's project as held, to take over on acceptance (not for deletions). */
    public Project incomingProject() {
        requireRecord(SyncStream.PROJECTS);
        String kinds = incoming.getOrDefault("kinds", "");
        return Project.of(ProjectCode.of(subjectKey), incoming.get("name"), UnitCode.of(incoming.get("unitCode")),
                FiscalYear.parse(incoming.get("fiscalYear")), ProjectCategory.parse(incoming.get("category")),
                kinds.isBlank() ? List.of() : Arrays.stream(kinds.split(",")).map(ProjectKind::parse).toList(),
                new ProjectFunds(Money.of(incoming.get("funds.total")), Money.of(incoming.get("funds.fiscalAppropriation")),
                        Money.of(incoming.get("funds.carryOver")), Money.of(incoming.get("funds.other"))));
    }

    /** The province's execution figures as held, to take over on acceptance. */
    public ProjectExecution incomingExecution() {
        requireRecord(SyncStream.EXECUTION);
        return new ProjectExecution(ProjectCode.of(subjectKey), FiscalYear.parse(incoming.get("fiscalYear")),
                BudgetExecution.of(Money.of(incoming.get("adjustedBudget")), Money.of(incoming.get("executed"))),
                LocalDate.parse(incoming.get("asOf")));
    }

    /** A project's execution figures as the conflict log keeps them. */
    public static Map<String, String> fieldsOf(ProjectExecution execution) {
        return execution.auditSnapshot().fields();
    }

    private void requireRecord(SyncStream expected) {
        if (stream != expected || deletion) {
            throw new IllegalStateException("conflict " + id + " holds no " + expected + " record");
        }
    }

    /** The type of the object the conflict is about, as the audit trail names it. */
    public String subjectType() {
        return switch (stream) {
            case AGENCIES -> BudgetUnit.AUDIT_TYPE;
            case PROJECTS -> Project.AUDIT_TYPE;
            case EXECUTION -> "project-execution";
        };
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", kind.name());
        fields.put("subject", subjectType() + " " + subjectKey);
        fields.put("changeSeq", Long.toString(changeSeq));
        fields.put("state", state.name());
        fields.put("resolution", resolution == null ? null : resolution.name());
        fields.put("note", note);
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    private static Map<String, String> copy(Map<String, String> fields) {
        // null values (an absent department, say) are kept: HashMap allows them, Map.copyOf does not
        return fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new HashMap<>(fields));
    }

    public SyncConflictId getId() {
        return id;
    }

    public SyncStream getStream() {
        return stream;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public long getChangeSeq() {
        return changeSeq;
    }

    public boolean isDeletion() {
        return deletion;
    }

    public Map<String, String> getLocal() {
        return local;
    }

    public Map<String, String> getIncoming() {
        return incoming;
    }

    public Optional<SyncRunId> getLastRunId() {
        return Optional.ofNullable(lastRunId);
    }

    public ConflictState getState() {
        return state;
    }

    public Optional<ConflictResolution> getResolution() {
        return Optional.ofNullable(resolution);
    }

    public Optional<String> getResolvedBy() {
        return Optional.ofNullable(resolvedBy);
    }

    public Optional<Instant> getResolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<String> getNote() {
        return Optional.ofNullable(note);
    }
}
