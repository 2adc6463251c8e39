package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.rest.shared.LabelledCode;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

@ApplicationScoped
public class SyncRestMapper {

    private static final Map<ConflictKind, String> KIND_LABELS = Map.of(
            ConflictKind.PROJECT_MOVED_WITH_LOCAL_WORK, "项目划转至其他单位（本地已有绩效工作）",
            ConflictKind.PROJECT_DELETED_UPSTREAM, "省平台已删除项目",
            ConflictKind.UNIT_DEACTIVATED_WITH_OPEN_WORK, "单位停用但仍有未完成工作",
            ConflictKind.UNIT_DELETED_UPSTREAM, "省平台已删除单位",
            ConflictKind.REFERENCE_UNRESOLVED, "引用的单位或项目不存在");

    public SyncRunResponse toResponse(SyncRun run) {
        return new SyncRunResponse(run.getId().toString(), run.getTrigger().name(), run.getMode().name(), run.getState().name(),
                run.getRequestedBy(), run.getNode(), run.getStartedAt(), run.getFinishedAt().orElse(null), run.getPulled(),
                run.getUpserted(), run.getConflicts(), run.getPushed(), run.getFailed(), run.getError().orElse(null),
                new SyncRunResponse.Progress(run.getPagesDone(), run.getPagesKnown()));
    }

    public OutboxMessageResponse toResponse(OutboxMessage m) {
        return new OutboxMessageResponse(m.getId().toString(), m.getMessageType(), m.getSubjectType(), m.getSubjectId(),
                m.getIdempotencyKey(), m.getState().name(), m.getAttempts(), m.getNextAttemptAt().orElse(null),
                m.getLastError().orElse(null), m.getCreatedAt(), m.getSentAt().orElse(null), m.getPayload());
    }

    public SyncConflictResponse toResponse(SyncConflict c) {
        return new SyncConflictResponse(c.getId().toString(), new LabelledCode(c.getKind().name(), KIND_LABELS.get(c.getKind())),
                c.getStream().name(), c.subjectType(), c.getSubjectKey(), c.getChangeSeq(), c.isDeletion(), c.getLocal(),
                c.getIncoming(), c.getDetectedAt(), c.getLastRunId().map(SyncRunId::toString).orElse(null), c.getState().name(),
                c.getResolution().map(Enum::name).orElse(null), c.getResolvedBy().orElse(null), c.getResolvedAt().orElse(null),
                c.getNote().orElse(null));
    }
}
