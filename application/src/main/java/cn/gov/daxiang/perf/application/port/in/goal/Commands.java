package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;

/** The checks the goal commands share in their constructors. */
final class Commands {

    private Commands() {
    }

    /** A missing value is refused as a body's missing field is: REQUEST_FIELD_REQUIRED, naming the field. */
    static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, "REQUEST_FIELD_REQUIRED", Map.of("field", field));
        }
    }
}
