package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;

import java.util.Map;

/** A run's lease expired and may have been taken over: it must not apply anything more (fencing). */
public class SyncLeaseLostException extends RuleViolationException {

    public SyncLeaseLostException(SyncRunId runId) {
        super("SYNC_LEASE_LOST", Map.of("runId", runId.toString()));
    }
}
