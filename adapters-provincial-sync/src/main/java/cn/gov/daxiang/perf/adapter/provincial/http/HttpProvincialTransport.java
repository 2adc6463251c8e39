package cn.gov.daxiang.perf.adapter.provincial.http;

import cn.gov.daxiang.perf.adapter.provincial.wire.ProvincialTransport;
import cn.gov.daxiang.perf.adapter.provincial.wire.ReportReceiptDto;
import cn.gov.daxiang.perf.adapter.provincial.wire.WireCodec;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel.DeliveryOutcome;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/** The online link to the provincial platform (perf.sync.transport=http). */
@ApplicationScoped
public class HttpProvincialTransport implements ProvincialTransport {

    private static final Logger LOG = Logger.getLogger(HttpProvincialTransport.class);

    private final ProvincialHttpCalls calls;
    private final WireCodec codec;
    private final SyncSettings settings;

    @Inject
    public HttpProvincialTransport(ProvincialHttpCalls calls, WireCodec codec, SyncSettings settings) {
        this.calls = calls;
        this.codec = codec;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public FeedPage<BudgetUnit> agencyChanges(long after, int limit) {
        String division = settings.mofDivCode();
        return calls.fetch(division, WireCodec.wireName(SyncStream.AGENCIES), after, limit, body -> codec.agencies(body, division));
    }

    @Override
    public FeedPage<Project> projectChanges(long after, int limit) {
        String division = settings.mofDivCode();
        return calls.fetch(division, WireCodec.wireName(SyncStream.PROJECTS), after, limit, body -> codec.projects(body, division));
    }

    @Override
    public FeedPage<ProjectExecution> executionChanges(long after, int limit) {
        String division = settings.mofDivCode();
        return calls.fetch(division, WireCodec.wireName(SyncStream.EXECUTION), after, limit, body -> codec.executions(body, division));
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        String division = settings.mofDivCode();
        try {
            ReportReceiptDto receipt = calls.deliver(division, message.getIdempotencyKey(), codec.envelope(message, division), codec::receipt);
            return "DUPLICATE".equals(receipt.status())
                    ? DeliveryOutcome.of(DeliveryOutcome.Kind.DUPLICATE, "the province already had " + message.getIdempotencyKey())
                    : DeliveryOutcome.of(DeliveryOutcome.Kind.ACCEPTED, receipt.receivedAt());
        } catch (ProvincialRejectedException e) {
            return DeliveryOutcome.of(DeliveryOutcome.Kind.REJECTED, e.getMessage());
        } catch (CircuitBreakerOpenException e) {
            return DeliveryOutcome.of(DeliveryOutcome.Kind.UNAVAILABLE, "circuit breaker open");
        } catch (RuntimeException e) {
            LOG.debugf(e, "delivery of %s failed", message.getIdempotencyKey());
            return DeliveryOutcome.of(DeliveryOutcome.Kind.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
