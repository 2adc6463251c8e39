package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.time.Instant;
import java.util.Objects;

/**
 * The district decided a conflict: it took the province's change over, or it keeps its own record (with the reason
 * in {@code note}), so that the province can correct its side.
 *
 * @param note the operator's reason; null when accepting without one
 */
public record ConflictResolved(SyncConflictId conflictId, ConflictKind kind, SyncStream stream, String subjectKey,
                               long changeSeq, ConflictResolution resolution, String note, String resolvedBy,
                               Instant resolvedAt) implements DomainEvent {

    public ConflictResolved {
        Objects.requireNonNull(conflictId, "conflictId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }

    @Override
    public String action() {
        return "resolve";
    }
}
