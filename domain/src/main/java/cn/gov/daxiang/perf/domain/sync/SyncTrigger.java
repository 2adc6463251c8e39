package cn.gov.daxiang.perf.domain.sync;

/** What started a run: the cron schedule, a person or system over REST, or the service's start. */
public enum SyncTrigger {
    SCHEDULED, MANUAL, STARTUP
}
