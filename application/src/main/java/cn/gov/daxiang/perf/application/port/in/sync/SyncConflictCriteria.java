package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictState;

/** Which conflicts a list should hold; each criterion is optional (null: any). */
public record SyncConflictCriteria(ConflictState state, ConflictKind kind) {

    public static SyncConflictCriteria any() {
        return new SyncConflictCriteria(null, null);
    }
}
