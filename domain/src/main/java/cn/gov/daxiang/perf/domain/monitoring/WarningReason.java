package cn.gov.daxiang.perf.domain.monitoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a report is flagged: a stable code with named arguments (messages come from the same bundles as
 * problems, so a reason reads like a sentence in the caller's language) and the level it raises.
 */
public record WarningReason(String code, WarningLevel level, Map<String, Object> arguments) {

    public WarningReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }
}
