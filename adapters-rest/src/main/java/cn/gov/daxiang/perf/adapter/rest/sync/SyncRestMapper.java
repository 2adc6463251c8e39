package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import jakarta.enterprise.context.ApplicationScoped;


@ApplicationScoped
public class SyncRestMapper {

    public SyncRunResponse toResponse(SyncRun run) {
        return new SyncRunResponse(run.getId().toString(), Coded.of(run.getTrigger()), Coded.of(run.getMode()), Coded.of(run.getState()),
                run.getRequestedBy(), run.getNode(), run.getStartedAt(), run.getFinishedAt().orElse(null), run.getPulled(),
                run.getUpserted(), run.getConflicts(), run.getPushed(), run.getFailed(), run.getError().orElse(null),
                new SyncRunResponse.Progress(run.getPagesDone(), run.getPagesKnown()));
    }

    public OutboxMessageResponse toResponse(OutboxMessage m) {
        return new OutboxMessageResponse(m.getId().toString(), m.getMessageType(), m.getSubjectType(), m.getSubjectId(),
                m.getIdempotencyKey(), Coded.of(m.getState()), m.getAttempts(), m.getNextAttemptAt().orElse(null),
                m.getLastError().orElse(null), m.getCreatedAt(), m.getSentAt().orElse(null), m.getPayload());
    }

    public SyncConflictResponse toResponse(SyncConflict c) {
        return new SyncConflictResponse(c.getId().toString(), Coded.of(c.getKind()),
                Coded.of(c.getStream()), c.subjectType(), c.getSubjectKey(), c.getChangeSeq(), c.isDeletion(), c.getLocal(),
                c.getIncoming(), c.getDetectedAt(), c.getLastRunId().map(SyncRunId::toString).orElse(null), Coded.of(c.getState()),
                c.getResolution().map(Coded::of).orElse(null), c.getResolvedBy().orElse(null), c.getResolvedAt().orElse(null),
                c.getNote().orElse(null));
    }
}
