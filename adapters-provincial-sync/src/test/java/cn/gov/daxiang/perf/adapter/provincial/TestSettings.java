package cn.gov.daxiang.perf.adapter.provincial;

import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.application.sync.Backoff;
import cn.gov.daxiang.perf.application.sync.RetryPolicy;

import java.time.Duration;

/** Settings for the adapter's plain unit tests. */
public final class TestSettings implements SyncSettings {

    @Override
    public String mofDivCode() {
        return "430503";
    }

    @Override
    public int pageSize() {
        return 100;
    }

    @Override
    public Duration leaseTtl() {
        return Duration.ofMinutes(1);
    }

    @Override
    public RetryPolicy pushRetryPolicy() {
        return new RetryPolicy(3, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10)));
    }

    @Override
    public int pushBatchSize() {
        return 100;
    }

    @Override
    public String nodeName() {
        return "test";
    }
}
