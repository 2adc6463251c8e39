package cn.gov.daxiang.perf.adapter.provincial.sync;

import cn.gov.daxiang.perf.application.port.in.sync.FindSyncRunQuery;
import cn.gov.daxiang.perf.application.port.in.sync.StartSyncRunUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunInProgressException;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import cn.gov.daxiang.perf.application.event.StartupSyncSucceeded;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * With {@code perf.sync.run-on-start} (the embedded default), synchronises once right after start: the embedded
 * default takes its sample district in through the file exchange this way, and a restarted node catches up. It
 * waits while another run holds the lease (a node killed mid-run holds it until it expires) and tries again after
 * a failed run, a few times. Readiness: ready once such a run succeeded, or at once when none is wanted.
 */
@ApplicationScoped
@Readiness
public class SyncStartup implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SyncStartup.class);
    private static final Actor STARTUP = Actor.system("sync-startup");
    private static final int ATTEMPTS = 5;

    private enum State { NOT_REQUESTED, SYNCHRONISING, SYNCHRONISED, FAILED }

    private final StartSyncRunUseCase start;
    private final FindSyncRunQuery find;
    private final Event<StartupSyncSucceeded> succeeded;
    private final boolean runOnStart;
    private final Duration retryDelay;
    private volatile State state = State.NOT_REQUESTED;
    private volatile String lastRun;
    private volatile boolean stopping;
    private Thread worker;

    @Inject
    public SyncStartup(StartSyncRunUseCase start, FindSyncRunQuery find, Event<StartupSyncSucceeded> succeeded,
                       @ConfigProperty(name = "perf.sync.run-on-start", defaultValue = "false") boolean runOnStart,
                       @ConfigProperty(name = "perf.sync.startup-retry-delay", defaultValue = "PT2S") Duration retryDelay) {
        this.start = start;
        this.find = find;
        this.succeeded = succeeded;
        this.runOnStart = runOnStart;
        this.retryDelay = retryDelay;
    }

    void onStart(@Observes StartupEvent event) {
        if (runOnStart) {
            state = State.SYNCHRONISING;
            worker = new Thread(this::synchronise, "provincial-sync-startup");
            worker.setDaemon(true);
            worker.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void synchronise() {
        int failures = 0;
        while (!stopping && failures < ATTEMPTS) {
            try {
                SyncRun run = start.startSyncRun(STARTUP, SyncTrigger.STARTUP, SyncMode.INCREMENTAL);
                lastRun = run.getId().toString();
                SyncRun finished = awaitFinished(run);
                if (finished.getState() == SyncRunState.SUCCEEDED) {
                    state = State.SYNCHRONISED;
                    succeeded.fire(new StartupSyncSucceeded(lastRun));
                    return;
                }
                failures++;
                LOG.warnf("start-up sync run %s ended %s: %s", run.getId(), finished.getState(), finished.getError().orElse(""));
            } catch (SyncRunInProgressException busy) {
                LOG.debug("start-up sync waits: another run holds the lease");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                LOG.warn("start-up sync could not start", e);
            }
            if (!pause()) {
                return;
            }
        }
        if (!stopping) {
            state = State.FAILED;
            LOG.errorf("start-up sync gave up after %d failed runs; the scheduled runs will go on trying", failures);
        }
    }

    private SyncRun awaitFinished(SyncRun run) throws InterruptedException {
        SyncRun current = run;
        while (!current.getState().isFinished()) {
            Thread.sleep(100);
            current = find.findSyncRun(STARTUP, run.getId());
        }
        return current;
    }

    private boolean pause() {
        try {
            Thread.sleep(retryDelay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("provincial sync at start")
                .status(state == State.NOT_REQUESTED || state == State.SYNCHRONISED)
                .withData("state", state.name())
                .withData("run", lastRun == null ? "" : lastRun)
                .build();
    }
}
