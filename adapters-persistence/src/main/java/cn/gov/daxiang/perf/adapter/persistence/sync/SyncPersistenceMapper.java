package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.application.sync.OutboxState;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictResolution;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mapstruct.Mapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/** Sync rows ↔ domain objects; aggregates are rebuilt through their reconstitute factories. */
@Mapper
public interface SyncPersistenceMapper {

    ObjectMapper JSON = new ObjectMapper();
    TypeReference<TreeMap<String, String>> FIELDS = new TypeReference<>() {
    };

    default SyncRun toDomain(SyncRunJpaEntity e) {
        return SyncRun.reconstitute(new SyncRunId(e.id), SyncTrigger.valueOf(e.trigger), SyncMode.valueOf(e.mode), e.requestedBy,
                e.node, e.startedAt.toInstant(), SyncRunState.valueOf(e.state), instant(e.finishedAt), e.pulled, e.upserted,
                e.conflicts, e.pushed, e.failed, e.pagesDone, e.pagesKnown, e.error);
    }

    default void copy(SyncRun run, SyncRunJpaEntity e) {
        e.id = run.getId().value();
        e.trigger = run.getTrigger().name();
        e.mode = run.getMode().name();
        e.requestedBy = run.getRequestedBy();
        e.node = run.getNode();
        e.state = run.getState().name();
        e.startedAt = time(run.getStartedAt());
        e.finishedAt = run.getFinishedAt().map(this::time).orElse(null);
        e.pulled = run.getPulled();
        e.upserted = run.getUpserted();
        e.conflicts = run.getConflicts();
        e.pushed = run.getPushed();
        e.failed = run.getFailed();
        e.pagesDone = run.getPagesDone();
        e.pagesKnown = run.getPagesKnown();
        e.error = run.getError().orElse(null);
    }

    default OutboxMessage toDomain(OutboxMessageJpaEntity e) {
        return OutboxMessage.reconstitute(new OutboxMessageId(e.messageId), e.messageType, e.subjectType, e.subjectId, e.payload,
                e.idempotencyKey, e.createdAt.toInstant(), OutboxState.valueOf(e.state), e.attempts, instant(e.nextAttemptAt),
                e.lastError, instant(e.sentAt));
    }

    default void copy(OutboxMessage m, OutboxMessageJpaEntity e) {
        e.messageId = m.getId().value();
        e.messageType = m.getMessageType();
        e.subjectType = m.getSubjectType();
        e.subjectId = m.getSubjectId();
        e.payload = m.getPayload();
        e.idempotencyKey = m.getIdempotencyKey();
        e.createdAt = time(m.getCreatedAt());
        e.state = m.getState().name();
        e.attempts = m.getAttempts();
        e.nextAttemptAt = m.getNextAttemptAt().map(this::time).orElse(null);
        e.lastError = m.getLastError().orElse(null);
        e.sentAt = m.getSentAt().map(this::time).orElse(null);
    }

    default SyncConflict toDomain(SyncConflictJpaEntity e) {
        return SyncConflict.reconstitute(new SyncConflictId(e.id), SyncStream.valueOf(e.stream), e.subjectKey, e.detectedAt.toInstant(),
                ConflictKind.valueOf(e.kind), e.changeSeq, e.deletion, fields(e.localFields), fields(e.incomingFields),
                e.lastRunId == null ? null : new SyncRunId(e.lastRunId), ConflictState.valueOf(e.state),
                e.resolution == null ? null : ConflictResolution.valueOf(e.resolution), e.resolvedBy, instant(e.resolvedAt), e.note);
    }

    default void copy(SyncConflict c, SyncConflictJpaEntity e) {
        e.id = c.getId().value();
        e.kind = c.getKind().name();
        e.stream = c.getStream().name();
        e.subjectKey = c.getSubjectKey();
        e.changeSeq = c.getChangeSeq();
        e.deletion = c.isDeletion();
        e.localFields = json(c.getLocal());
        e.incomingFields = json(c.getIncoming());
        e.detectedAt = time(c.getDetectedAt());
        e.lastRunId = c.getLastRunId().map(SyncRunId::value).orElse(null);
        e.state = c.getState().name();
        e.resolution = c.getResolution().map(Enum::name).orElse(null);
        e.resolvedBy = c.getResolvedBy().orElse(null);
        e.resolvedAt = c.getResolvedAt().map(this::time).orElse(null);
        e.note = c.getNote().orElse(null);
    }

    default ProjectExecution toDomain(ProjectExecutionJpaEntity e) {
        return new ProjectExecution(new ProjectCode(e.projectCode), FiscalYear.of(e.fiscalYear),
                BudgetExecution.of(new Money(e.adjustedBudget), new Money(e.executedAmount)), e.asOf);
    }

    default void copy(ProjectExecution x, ProjectExecutionJpaEntity e) {
        e.projectCode = x.projectCode().value();
        e.fiscalYear = x.fiscalYear().value();
        e.adjustedBudget = x.execution().adjustedBudget().amount();
        e.executedAmount = x.execution().executed().amount();
        e.asOf = x.asOf();
    }

    default OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    default Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    default String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write conflict fields", e);
        }
    }

    default Map<String, String> fields(String json) {
        try {
            return JSON.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read conflict fields", e);
        }
    }
}
