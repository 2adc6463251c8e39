package cn.gov.daxiang.perf.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal by the domain. It carries a stable machine {@code code} and named arguments, never a
 * user-facing sentence: adapters turn the code into a message in the caller's language.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final Map<String, Object> arguments;

    protected DomainException(String code, Map<String, ?> arguments) {
        super(code + " " + arguments);
        this.code = code;
        this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    public String code() {
        return code;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }
}
