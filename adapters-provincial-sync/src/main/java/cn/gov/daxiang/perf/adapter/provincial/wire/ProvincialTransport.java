package cn.gov.daxiang.perf.adapter.provincial.wire;

import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel.DeliveryOutcome;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;

/**
 * One way of reaching the provincial platform under the wire contract (docs/provincial-api.md): the online link
 * (http) or the file exchange (file). {@code perf.sync.transport} chooses; both serve the same pages and take the
 * same report envelopes. Deliberately not the out-port types, so that exactly one bean implements those.
 */
public interface ProvincialTransport {

    String name();

    FeedPage<BudgetUnit> agencyChanges(long after, int limit);

    FeedPage<Project> projectChanges(long after, int limit);

    FeedPage<ProjectExecution> executionChanges(long after, int limit);

    DeliveryOutcome deliver(OutboxMessage message);
}
