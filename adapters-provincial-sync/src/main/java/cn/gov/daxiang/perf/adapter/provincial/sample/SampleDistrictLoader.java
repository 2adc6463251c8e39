package cn.gov.daxiang.perf.adapter.provincial.sample;

import cn.gov.daxiang.perf.adapter.provincial.exchange.ReferenceDataDocument;
import cn.gov.daxiang.perf.adapter.provincial.exchange.ReferenceDataDocumentMapper;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Gives the embedded default a realistic district to work with: after start it takes over the bundled
 * sample (units and projects of 大祥区) through the same import use case the provincial sync drives.
 * The import is an idempotent upsert in one transaction, so restarts change nothing and a reader sees
 * all of the district or none of it. It runs beside start-up, not in it: the service answers at once
 * and reports ready when the district is in. Off in production.
 */
@ApplicationScoped
@Readiness
public class SampleDistrictLoader implements HealthCheck {

    static final String RESOURCE = "/sample-district/daxiang.json";
    private static final Logger LOG = Logger.getLogger(SampleDistrictLoader.class);

    private enum State { NOT_REQUESTED, LOADING, LOADED, FAILED }

    private final ImportReferenceDataUseCase importReferenceData;
    private final ReferenceDataDocumentMapper mapper;
    private final ObjectMapper json;
    private final ManagedExecutor executor;
    private final boolean enabled;
    private volatile State state = State.NOT_REQUESTED;

    @Inject
    public SampleDistrictLoader(ImportReferenceDataUseCase importReferenceData, ReferenceDataDocumentMapper mapper,
                                ObjectMapper json, ManagedExecutor executor,
                                @ConfigProperty(name = "perf.sample-district.enabled", defaultValue = "false") boolean enabled) {
        this.importReferenceData = importReferenceData;
        this.mapper = mapper;
        this.json = json;
        this.executor = executor;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            state = State.LOADING;
            executor.runAsync(this::loadAndRecord);
        }
    }

    private void loadAndRecord() {
        try {
            ImportReport report = load();
            state = State.LOADED;
            LOG.infof("sample district loaded: units %s, projects %s", report.units(), report.projects());
        } catch (RuntimeException e) {
            state = State.FAILED;
            LOG.error("sample district could not be loaded", e);
        }
    }

    public ImportReport load() {
        return importReferenceData.importReferenceData(mapper.toBatch(read()));
    }

    ReferenceDataDocument read() {
        try (InputStream in = SampleDistrictLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample district " + RESOURCE + " is missing from the build");
            }
            return json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(in, ReferenceDataDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample district " + RESOURCE, e);
        }
    }

    /** Ready once the sample district is in (or when no sample is wanted). */
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sample district")
                .status(state == State.NOT_REQUESTED || state == State.LOADED)
                .withData("state", state.name())
                .build();
    }
}
