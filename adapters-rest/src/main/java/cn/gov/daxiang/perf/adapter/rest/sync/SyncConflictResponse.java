package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.rest.shared.LabelledCode;

import java.time.Instant;
import java.util.Map;

/** A held provincial change: what the district has ({@code local}) and what the province sent ({@code incoming}). */
public record SyncConflictResponse(String id, LabelledCode kind, String stream, String subjectType, String subjectKey,
                                   long changeSeq, boolean deletion, Map<String, String> local, Map<String, String> incoming,
                                   Instant detectedAt, String lastRunId, String state, String resolution, String resolvedBy,
                                   Instant resolvedAt, String note) {
}
