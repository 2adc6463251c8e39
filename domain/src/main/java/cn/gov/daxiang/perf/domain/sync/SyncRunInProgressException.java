package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;

import java.util.List;

/** Another run holds the sync lease: at most one run at a time, across every node (409). */
public class SyncRunInProgressException extends IllegalTransitionException {

    public SyncRunInProgressException() {
        super("SYNC_RUN_IN_PROGRESS", SyncRunState.RUNNING.name(), "START", List.of());
    }
}
