package cn.gov.daxiang.perf.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code code} is the stable machine-readable identifier clients branch
 * on; {@code title} and {@code detail} are in the caller's language. Extension members: {@code violations}
 * for refused fields, {@code allowedActions} for a refused state transition (what may be done instead),
 * {@code parameters} for a refused business rule (422): the refusal's named values, e.g. the cap an amount exceeds.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String requestId, List<Violation> violations, List<String> allowedActions, java.util.Map<String, Object> parameters) {

    public Problem(String type, String title, int status, String detail, String instance, String code, String requestId,
                   List<Violation> violations) {
        this(type, title, status, detail, instance, code, requestId, violations, List.of());
    }

    public Problem(String type, String title, int status, String detail, String instance, String code, String requestId,
                   List<Violation> violations, List<String> allowedActions) {
        this(type, title, status, detail, instance, code, requestId, violations, allowedActions, java.util.Map.of());
    }

    /** The same problem with the refusal's named values as {@code parameters}. */
    public Problem withParameters(java.util.Map<String, ?> values) {
        return new Problem(type, title, status, detail, instance, code, requestId, violations, allowedActions,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values)));
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused field: which, why (code) and a sentence for people. */
    public record Violation(String field, String code, String message) {
    }
}
