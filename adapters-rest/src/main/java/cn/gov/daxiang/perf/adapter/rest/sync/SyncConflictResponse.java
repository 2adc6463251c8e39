package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictResolution;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/** A held provincial change: what the district has ({@code local}) and what the province sent ({@code incoming}). */
@Schema(name = "SyncConflict", requiredProperties = {"id", "kind", "stream", "subjectType", "subjectKey", "changeSeq", "deletion", "detectedAt",
        "state"})
public record SyncConflictResponse(String id, Coded<ConflictKind> kind, Coded<SyncStream> stream, String subjectType, String subjectKey,
                                   long changeSeq, boolean deletion, Map<String, String> local, Map<String, String> incoming,
                                   Instant detectedAt, String lastRunId, Coded<ConflictState> state, Coded<ConflictResolution> resolution,
                                   String resolvedBy, Instant resolvedAt, String note) {
}
