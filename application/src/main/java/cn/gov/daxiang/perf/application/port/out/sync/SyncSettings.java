package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.application.sync.RetryPolicy;

import java.time.Duration;

/** The sync's configuration, as the adapters read it (perf.sync.* properties). */
public interface SyncSettings {

    /** 财政区划代码 of this district (430503 for 大祥区). */
    String mofDivCode();

    /** Changes asked for per page (the contract allows 1 to 500). */
    int pageSize();

    /** How long a run holds the lease without renewing it; a run renews it with every page. */
    Duration leaseTtl();

    /** How often and how patiently an outbox message is offered before it becomes a dead letter. */
    RetryPolicy pushRetryPolicy();

    /** At most this many messages are offered per run. */
    int pushBatchSize();

    /** This node's name in the run history. */
    String nodeName();
}
