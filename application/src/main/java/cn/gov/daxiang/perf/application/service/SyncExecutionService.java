package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.sync.ExecuteSyncRunUseCase;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialDataFeed;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel.DeliveryOutcome;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.application.sync.SyncCursor;
import cn.gov.daxiang.perf.application.sync.SyncFeedStalledException;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Carries a run out. It holds no transaction itself (a run takes minutes and talks to the province over an
 * unreliable link): the province is called between transactions, and every page and every delivery is booked in
 * a transaction of its own by {@link SyncSteps}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SyncExecutionService implements ExecuteSyncRunUseCase {

    /** Pages in a row that bring the cursor no further before the run gives up on a stalled feed. */
    static final int MAX_PAGES_WITHOUT_PROGRESS = 5;
    private static final System.Logger LOG = System.getLogger(SyncExecutionService.class.getName());

    private final SyncSteps steps;
    private final ProvincialDataFeed feed;
    private final ProvincialReportChannel channel;
    private final SyncSettings settings;

    @Inject
    public SyncExecutionService(SyncSteps steps, ProvincialDataFeed feed, ProvincialReportChannel channel, SyncSettings settings) {
        this.steps = steps;
        this.feed = feed;
        this.channel = channel;
        this.settings = settings;
    }

    private interface Fetch<T> {
        FeedPage<T> page(long after, int limit);
    }

    private interface Apply<T> {
        SyncCursor page(SyncRunId runId, FeedPage<T> page, SyncCursor from);
    }

    @Override
    public SyncRun executeSyncRun(SyncRunId id) {
        SyncRun run = steps.load(id);
        if (run.getState() != SyncRunState.RUNNING) {
            return run;
        }
        try {
            pull(run, SyncStream.AGENCIES, feed::agencyChanges, steps::applyAgencies);
            pull(run, SyncStream.PROJECTS, feed::projectChanges, steps::applyProjects);
            pull(run, SyncStream.EXECUTION, feed::executionChanges, steps::applyExecution);
            steps.finishPull(id);
            Optional<String> pushError = push(id);
            SyncRun finished = pushError.isEmpty() ? steps.succeed(id) : steps.fail(id, pushError.get());
            LOG.log(System.Logger.Level.INFO, "sync run {0} {1}: pulled {2}, upserted {3}, conflicts {4}, pushed {5}, failed {6}",
                    id, finished.getState(), finished.getPulled(), finished.getUpserted(), finished.getConflicts(),
                    finished.getPushed(), finished.getFailed());
            return finished;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sync run " + id + " failed", e);
            return steps.fail(id, describe(e));
        }
    }

    private <T> void pull(SyncRun run, SyncStream stream, Fetch<T> fetch, Apply<T> apply) {
        SyncCursor cursor = run.getMode() == SyncMode.FULL ? SyncCursor.start(stream) : steps.cursor(stream);
        int withoutProgress = 0;
        while (true) {
            FeedPage<T> page = fetch.page(cursor.position(), settings.pageSize());
            if (page.stream() != stream) {
                throw new IllegalStateException("asked for " + stream + ", got a page of " + page.stream());
            }
            SyncCursor next = apply.page(run.getId(), page, cursor);
            if (!page.hasMore()) {
                return;
            }
            withoutProgress = next.position() == cursor.position() ? withoutProgress + 1 : 0;
            if (withoutProgress >= MAX_PAGES_WITHOUT_PROGRESS) {
                throw new SyncFeedStalledException(stream, cursor.position(), withoutProgress);
            }
            cursor = next;
        }
    }

    /** Offers every due message once; stops early when the province is known to be unreachable. */
    private Optional<String> push(SyncRunId runId) {
        List<OutboxMessageId> due = steps.dueMessages(settings.pushBatchSize());
        for (OutboxMessageId messageId : due) {
            Optional<OutboxMessage> message = steps.dueMessage(messageId);
            if (message.isEmpty()) {
                continue;
            }
            DeliveryOutcome outcome = channel.deliver(message.get());
            steps.recordDelivery(runId, messageId, outcome);
            if (outcome.kind() == DeliveryOutcome.Kind.UNAVAILABLE) {
                return Optional.of("push interrupted: the provincial platform is unavailable (" + outcome.detail() + ")");
            }
        }
        return Optional.empty();
    }

    static String describe(RuntimeException e) {
        if (e instanceof DomainException domain) {
            return domain.code() + " " + domain.arguments();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? message : message + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
