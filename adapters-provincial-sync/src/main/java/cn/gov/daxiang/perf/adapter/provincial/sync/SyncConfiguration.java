package cn.gov.daxiang.perf.adapter.provincial.sync;

import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.application.sync.Backoff;
import cn.gov.daxiang.perf.application.sync.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** The perf.sync.* properties (README.md, "Provincial synchronisation"). */
@ApplicationScoped
public class SyncConfiguration implements SyncSettings {

    private final String mofDivCode;
    private final int pageSize;
    private final Duration leaseTtl;
    private final RetryPolicy pushRetryPolicy;
    private final int pushBatchSize;
    private final String nodeName;

    @Inject
    public SyncConfiguration(@ConfigProperty(name = "perf.sync.mof-div-code", defaultValue = "430503") String mofDivCode,
                             @ConfigProperty(name = "perf.sync.page-size", defaultValue = "100") int pageSize,
                             @ConfigProperty(name = "perf.sync.lease-ttl", defaultValue = "PT2M") Duration leaseTtl,
                             @ConfigProperty(name = "perf.sync.push.max-attempts", defaultValue = "10") int maxAttempts,
                             @ConfigProperty(name = "perf.sync.push.backoff-base", defaultValue = "PT1M") Duration backoffBase,
                             @ConfigProperty(name = "perf.sync.push.backoff-max", defaultValue = "PT6H") Duration backoffMax,
                             @ConfigProperty(name = "perf.sync.push.batch-size", defaultValue = "500") int pushBatchSize,
                             @ConfigProperty(name = "perf.sync.node-name") Optional<String> nodeName) {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("perf.sync.page-size must be 1 to 500: " + pageSize);
        }
        this.mofDivCode = mofDivCode;
        this.pageSize = pageSize;
        this.leaseTtl = leaseTtl;
        this.pushRetryPolicy = new RetryPolicy(maxAttempts, new Backoff(backoffBase, backoffMax));
        this.pushBatchSize = pushBatchSize;
        this.nodeName = nodeName.filter(n -> !n.isBlank()).orElseGet(SyncConfiguration::defaultNodeName);
    }

    private static String defaultNodeName() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("node");
        return host + "/" + ProcessHandle.current().pid();
    }

    @Override
    public String mofDivCode() {
        return mofDivCode;
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    @Override
    public Duration leaseTtl() {
        return leaseTtl;
    }

    @Override
    public RetryPolicy pushRetryPolicy() {
        return pushRetryPolicy;
    }

    @Override
    public int pushBatchSize() {
        return pushBatchSize;
    }

    @Override
    public String nodeName() {
        return nodeName;
    }
}
