package cn.gov.daxiang.perf.adapter.provincial.exchange;

import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReport;
import cn.gov.daxiang.perf.application.port.in.referencedata.LoadReferenceDataUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * When {@code perf.reference-data.load-on-start} is set (the embedded default), takes over the configured
 * reference data after start: an idempotent upsert in one transaction, so restarts change nothing and a
 * reader sees all of it or none. It runs beside start-up, not in it: the service answers at once and
 * reports ready when the data is in.
 */
@ApplicationScoped
@Readiness
public class ReferenceDataStartupLoader implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ReferenceDataStartupLoader.class);
    /** The audit trail names this loader as the actor of what it takes over. */
    private static final Actor LOADER = Actor.system("reference-data-loader");

    private enum State { NOT_REQUESTED, LOADING, LOADED, FAILED }

    private final LoadReferenceDataUseCase loadReferenceData;
    private final ManagedExecutor executor;
    private final boolean loadOnStart;
    private volatile State state = State.NOT_REQUESTED;

    @Inject
    public ReferenceDataStartupLoader(LoadReferenceDataUseCase loadReferenceData, ManagedExecutor executor,
                                      @ConfigProperty(name = "perf.reference-data.load-on-start", defaultValue = "false") boolean loadOnStart) {
        this.loadReferenceData = loadReferenceData;
        this.executor = executor;
        this.loadOnStart = loadOnStart;
    }

    void onStart(@Observes StartupEvent event) {
        if (loadOnStart) {
            state = State.LOADING;
            executor.runAsync(this::load);
        }
    }

    private void load() {
        try {
            ImportReport report = loadReferenceData.loadReferenceData(LOADER);
            state = State.LOADED;
            LOG.infof("reference data loaded: units %s, projects %s", report.units(), report.projects());
        } catch (RuntimeException e) {
            state = State.FAILED;
            LOG.error("reference data could not be loaded", e);
        }
    }

    /** Ready once the reference data is in (or when none is to be loaded at start). */
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("reference data")
                .status(state == State.NOT_REQUESTED || state == State.LOADED)
                .withData("state", state.name())
                .build();
    }
}
