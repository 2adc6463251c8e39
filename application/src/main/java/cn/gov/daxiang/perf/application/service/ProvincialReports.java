package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.sync.OutboxRepository;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.sync.ProvincialReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * What services call to report a state change to the province: the report goes into the outbox in the
 * service's own transaction (this has none of its own), so it commits with the change or not at all, and the
 * sync delivers it later with retries and an idempotency key.
 *
 * <pre>{@code
 * goal.approve(...);
 * goals.save(goal);
 * audit.transitioned(actor, "approve", before, goal);
 * reports.report(new GoalApprovedReport(goal, settings.mofDivCode()));   // same transaction
 * }</pre>
 */
@ApplicationScoped
public class ProvincialReports {

    private final OutboxRepository outbox;
    private final Clock clock;

    @Inject
    public ProvincialReports(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public OutboxMessage report(ProvincialReport report) {
        OutboxMessage message = OutboxMessage.of(report, clock.instant());
        outbox.append(message);
        return message;
    }
}
