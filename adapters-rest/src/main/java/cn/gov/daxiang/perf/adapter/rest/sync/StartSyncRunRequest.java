package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.domain.sync.SyncMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of POST /sync/runs. */
@Schema(name = "StartSyncRunRequest")
public record StartSyncRunRequest(
        @Schema(description = "INCREMENTAL (default: what changed since the cursors) or FULL (every stream from its beginning, still an "
                + "idempotent upsert); the label (增量同步, 全量同步) is taken too", example = "INCREMENTAL") SyncMode mode) {
}
