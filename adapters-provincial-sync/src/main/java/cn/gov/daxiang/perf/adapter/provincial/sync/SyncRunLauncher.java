package cn.gov.daxiang.perf.adapter.provincial.sync;

import cn.gov.daxiang.perf.application.event.SyncRunStarted;
import cn.gov.daxiang.perf.application.port.in.sync.ExecuteSyncRunUseCase;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Carries a run out in the background once its start has committed. One thread: the lease lets at most one run
 * proceed anyway. A run cut short by a shutdown (or a kill) keeps what it committed; the next run continues.
 */
@ApplicationScoped
public class SyncRunLauncher {

    private static final Logger LOG = Logger.getLogger(SyncRunLauncher.class);

    private final ExecuteSyncRunUseCase execute;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "provincial-sync");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public SyncRunLauncher(ExecuteSyncRunUseCase execute) {
        this.execute = execute;
    }

    void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SyncRunStarted started) {
        executor.execute(() -> {
            try {
                execute.executeSyncRun(started.runId());
            } catch (RuntimeException e) {
                LOG.errorf(e, "sync run %s could not be carried out", started.runId());
            }
        });
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
