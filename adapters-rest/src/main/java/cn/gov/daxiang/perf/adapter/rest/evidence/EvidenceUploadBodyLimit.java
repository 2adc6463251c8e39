package cn.gov.daxiang.perf.adapter.rest.evidence;

import cn.gov.daxiang.perf.adapter.rest.shared.RouteBodyLimit;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileTooLargeException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * The evidence upload's body may hold a file of perf.evidence.max-size plus its form (the other fields, the part
 * headers, the boundaries): a declared length beyond that is refused at once with 413 EVIDENCE_FILE_TOO_LARGE naming
 * the file limit; within it the store counts the file's own bytes exactly.
 */
@ApplicationScoped
public class EvidenceUploadBodyLimit implements RouteBodyLimit {

    /** Room for the form around the file: the fields, part headers and boundaries take well under this. */
    static final long FORM_OVERHEAD = 64 * 1024;
    private static final String PATH = "/api/v1/evidence-files";

    private final long fileLimit;

    @Inject
    public EvidenceUploadBodyLimit(@ConfigProperty(name = "perf.evidence.max-size", defaultValue = "20M") MemorySize fileLimit) {
        this.fileLimit = fileLimit.asLongValue();
    }

    @Override
    public boolean appliesTo(String method, String path) {
        return "POST".equals(method) && (PATH.equals(path) || (PATH + "/").equals(path));
    }

    @Override
    public long limit() {
        return fileLimit + FORM_OVERHEAD;
    }

    @Override
    public String code() {
        return "EVIDENCE_FILE_TOO_LARGE";
    }

    @Override
    public Map<String, Object> arguments() {
        return new EvidenceFileTooLargeException(fileLimit).arguments();
    }
}
