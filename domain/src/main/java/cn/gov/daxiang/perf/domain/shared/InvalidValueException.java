package cn.gov.daxiang.perf.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A value the domain cannot accept: malformed, out of range or missing. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String code, Map<String, ?> arguments) {
        this(null, code, arguments);
    }

    public InvalidValueException(String field, String code, Map<String, ?> arguments) {
        super(code, arguments);
        this.field = field;
    }

    /** The field the value was meant for, when the domain knows it. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * The same refusal, attributed to a field named by the caller (a request parameter, say, or a path into a body);
     * a {@code field} argument, which messages show, names it the same way.
     */
    public InvalidValueException forField(String fieldName) {
        if (!arguments().containsKey("field")) {
            return new InvalidValueException(fieldName, code(), arguments());
        }
        Map<String, Object> renamed = new LinkedHashMap<>(arguments());
        renamed.put("field", fieldName);
        return new InvalidValueException(fieldName, code(), renamed);
    }
}
