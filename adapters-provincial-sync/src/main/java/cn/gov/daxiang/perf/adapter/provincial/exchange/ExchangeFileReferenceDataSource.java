package cn.gov.daxiang.perf.adapter.provincial.exchange;

import cn.gov.daxiang.perf.application.port.out.ReferenceDataSource;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads units and projects from an exchange file in the provincial format: the way districts without an
 * online link receive them, and the way the embedded default gets its sample district (the file bundled
 * at {@value #SAMPLE_DISTRICT}). {@code perf.reference-data.file} names a file path or a {@code classpath:} resource.
 */
@ApplicationScoped
public class ExchangeFileReferenceDataSource implements ReferenceDataSource {

    public static final String SAMPLE_DISTRICT = "classpath:sample-district/daxiang.json";

    private final ObjectMapper json;
    private final ReferenceDataDocumentMapper mapper;
    private final String location;

    @Inject
    public ExchangeFileReferenceDataSource(ObjectMapper json, ReferenceDataDocumentMapper mapper,
                                           @ConfigProperty(name = "perf.reference-data.file", defaultValue = SAMPLE_DISTRICT) String location) {
        // Amounts stay exact: no detour through double.
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.mapper = mapper;
        this.location = location;
    }

    @Override
    public ReferenceDataBatch load() {
        return mapper.toBatch(read());
    }

    ReferenceDataDocument read() {
        try (InputStream in = open()) {
            return json.readValue(in, ReferenceDataDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference-data exchange file " + location, e);
        }
    }

    private InputStream open() throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no resource " + resource + " on the class path");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
