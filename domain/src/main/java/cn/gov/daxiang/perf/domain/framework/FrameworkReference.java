package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;

/** One published version of a framework, as an evaluation names the one its indicators were copied from. */
public record FrameworkReference(FrameworkCode code, int version) {

    public FrameworkReference {
        Objects.requireNonNull(code, "code");
        if (version < 1) {
            throw new InvalidValueException("version", "FRAMEWORK_VERSION_INVALID", Map.of("version", version));
        }
    }

    @Override
    public String toString() {
        return code + " v" + version;
    }
}
