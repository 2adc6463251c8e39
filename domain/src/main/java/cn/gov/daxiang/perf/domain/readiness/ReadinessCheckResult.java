package cn.gov.daxiang.perf.domain.readiness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one readiness check, with the reason in the same form as a refusal: a stable code
 * and named arguments that the message bundles turn into a sentence.
 *
 * @param check  the check's code
 * @param reason why it passed or failed, e.g. the goal's status
 */
public record ReadinessCheckResult(String check, boolean passed, String reason, Map<String, Object> arguments) {

    public ReadinessCheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(reason, "reason");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    public static ReadinessCheckResult pass(String check, String reason, Map<String, ?> arguments) {
        return new ReadinessCheckResult(check, true, reason, Map.copyOf(arguments));
    }

    public static ReadinessCheckResult fail(String check, String reason, Map<String, ?> arguments) {
        return new ReadinessCheckResult(check, false, reason, Map.copyOf(arguments));
    }
}
