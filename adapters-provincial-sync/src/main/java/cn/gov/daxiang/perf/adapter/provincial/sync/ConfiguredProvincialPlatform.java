package cn.gov.daxiang.perf.adapter.provincial.sync;

import cn.gov.daxiang.perf.adapter.provincial.file.FileExchangeTransport;
import cn.gov.daxiang.perf.adapter.provincial.http.HttpProvincialTransport;
import cn.gov.daxiang.perf.adapter.provincial.wire.ProvincialTransport;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialDataFeed;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The out-ports of the provincial platform, served by the transport that {@code perf.sync.transport} names:
 * {@code http} (the online link) or {@code file} (the file exchange).
 */
@ApplicationScoped
public class ConfiguredProvincialPlatform implements ProvincialDataFeed, ProvincialReportChannel {

    private final ProvincialTransport transport;

    @Inject
    public ConfiguredProvincialPlatform(@ConfigProperty(name = "perf.sync.transport", defaultValue = "http") String transport,
                                        HttpProvincialTransport http, FileExchangeTransport file) {
        this.transport = switch (transport.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "http" -> http;
            case "file" -> file;
            default -> throw new IllegalArgumentException("perf.sync.transport must be http or file, not " + transport);
        };
    }

    public String transportName() {
        return transport.name();
    }

    @Override
    public FeedPage<BudgetUnit> agencyChanges(long after, int limit) {
        return transport.agencyChanges(after, limit);
    }

    @Override
    public FeedPage<Project> projectChanges(long after, int limit) {
        return transport.projectChanges(after, limit);
    }

    @Override
    public FeedPage<ProjectExecution> executionChanges(long after, int limit) {
        return transport.executionChanges(after, limit);
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        return transport.deliver(message);
    }
}
