package cn.gov.daxiang.perf.application.port.in;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;

/** The checks commands make in their constructors, refused as a request's bad field is. */
public final class CommandFields {

    private CommandFields() {
    }

    /** A missing value: REQUEST_FIELD_REQUIRED, naming the field as the request names it. */
    public static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "REQUEST_FIELD_REQUIRED", Map.of("field", field));
        }
        return value;
    }
}
