package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** What started a run: the cron schedule, a person or system over REST, or the service's start. */
public enum SyncTrigger implements Labelled {
    SCHEDULED("定时"), MANUAL("手动"), STARTUP("启动时");

    private final String label;

    SyncTrigger(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
