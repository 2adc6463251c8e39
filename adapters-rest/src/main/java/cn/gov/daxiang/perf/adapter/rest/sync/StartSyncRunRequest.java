package cn.gov.daxiang.perf.adapter.rest.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of POST /sync/runs. */
public record StartSyncRunRequest(
        @Schema(description = "INCREMENTAL (default: what changed since the cursors) or FULL (every stream from its beginning, still an idempotent upsert)",
                enumeration = {"INCREMENTAL", "FULL"}) String mode) {
}
