package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

public class SyncConflictNotFoundException extends NotFoundException {

    public SyncConflictNotFoundException(SyncConflictId id) {
        super("SYNC_CONFLICT_NOT_FOUND", Map.of("conflictId", id.toString()));
    }
}
