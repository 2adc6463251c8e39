package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A sync run: what started it, its state, its counts, its error, and its progress while it runs (pages done of
 * pages known; pages become known as the province reports what remains).
 */
@Schema(name = "SyncRun", requiredProperties = {"id", "trigger", "mode", "state", "node", "startedAt", "pulled", "upserted", "conflicts",
        "pushed", "failed", "progress"})
public record SyncRunResponse(String id, Coded<SyncTrigger> trigger, Coded<SyncMode> mode, Coded<SyncRunState> state, String requestedBy,
                              String node, Instant startedAt, Instant finishedAt, long pulled, long upserted, long conflicts, long pushed,
                              long failed, String error, Progress progress) {

    @Schema(name = "SyncRunProgress", requiredProperties = {"pagesDone", "pagesKnown"})
    public record Progress(long pagesDone, long pagesKnown) {
    }
}
