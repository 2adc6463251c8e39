package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

public class SyncRunNotFoundException extends NotFoundException {

    public SyncRunNotFoundException(SyncRunId id) {
        super("SYNC_RUN_NOT_FOUND", Map.of("runId", id.toString()));
    }
}
