package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.sync.ProvincialDataFeed;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.sync.Change;
import cn.gov.daxiang.perf.domain.sync.SyncStream;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The provincial platform in memory, both ports at once: change feeds numbered per stream (a test publishes changes,
 * the feed pages them after a cursor), and a report channel that answers each delivery with the next scripted
 * outcome (accepted when none is left) and keeps what the province holds, once per idempotency key.
 */
public class FakeProvincialPlatform implements ProvincialDataFeed, ProvincialReportChannel {

    private static final Instant CHANGED_AT = Instant.parse("2024-03-01T00:00:00Z");

    private final List<Change<BudgetUnit>> agencies = new ArrayList<>();
    private final List<Change<Project>> projects = new ArrayList<>();
    private final List<Change<ProjectExecution>> execution = new ArrayList<>();
    private final Deque<DeliveryOutcome> outcomes = new ArrayDeque<>();
    /** Every delivery attempt, in order (messages as offered). */
    public final List<OutboxMessage> offered = new ArrayList<>();
    /** The idempotency keys the province holds. */
    public final List<String> received = new ArrayList<>();
    /** Page requests per stream, to see how a run paged. */
    public final List<String> requests = new ArrayList<>();

    public void publishUnit(BudgetUnit unit) {
        agencies.add(Change.upsert(agencies.size() + 1, CHANGED_AT, unit.getCode().value(), unit));
    }

    public void deleteUnit(String code) {
        agencies.add(Change.deletion(agencies.size() + 1, CHANGED_AT, code));
    }

    public void publishProject(Project project) {
        projects.add(Change.upsert(projects.size() + 1, CHANGED_AT, project.getCode().value(), project));
    }

    public void publishExecution(ProjectExecution figures) {
        execution.add(Change.upsert(execution.size() + 1, CHANGED_AT, figures.projectCode().value(), figures));
    }

    /** The next deliveries' answers, in order. */
    public void answer(DeliveryOutcome... next) {
        outcomes.addAll(List.of(next));
    }

    @Override
    public FeedPage<BudgetUnit> agencyChanges(long after, int limit) {
        return page(SyncStream.AGENCIES, agencies, after, limit);
    }

    @Override
    public FeedPage<Project> projectChanges(long after, int limit) {
        return page(SyncStream.PROJECTS, projects, after, limit);
    }

    @Override
    public FeedPage<ProjectExecution> executionChanges(long after, int limit) {
        return page(SyncStream.EXECUTION, execution, after, limit);
    }

    private <T> FeedPage<T> page(SyncStream stream, List<Change<T>> all, long after, int limit) {
        requests.add(stream + ">" + after);
        List<Change<T>> fresh = all.stream().filter(c -> c.seq() > after).toList();
        List<Change<T>> page = fresh.subList(0, Math.min(limit, fresh.size()));
        long next = page.isEmpty() ? Math.max(after, all.size()) : page.get(page.size() - 1).seq();
        long remaining = fresh.size() - page.size();
        return new FeedPage<>(stream, page, next, remaining > 0, remaining);
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        DeliveryOutcome outcome = outcomes.isEmpty() ? DeliveryOutcome.of(DeliveryOutcome.Kind.ACCEPTED, "ok") : outcomes.poll();
        if (outcome.kind() != DeliveryOutcome.Kind.UNAVAILABLE) {
            offered.add(message);
        }
        if (outcome.delivered() && !received.contains(message.getIdempotencyKey())) {
            received.add(message.getIdempotencyKey());
        }
        return outcome;
    }
}
