package cn.gov.daxiang.perf.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code code} is the stable machine-readable identifier clients branch
 * on; {@code title} and {@code detail} are in the caller's language. Extension members: {@code violations}
 * for refused fields, {@code allowedActions} for a refused state transition (what may be done instead).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String requestId, List<Violation> violations, List<String> allowedActions) {

    public Problem(String type, String title, int status, String detail, String instance, String code, String requestId,
                   List<Violation> violations) {
        this(type, title, status, detail, instance, code, requestId, violations, List.of());
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused field: which, why (code) and a sentence for people. */
    public record Violation(String field, String code, String message) {
    }
}
