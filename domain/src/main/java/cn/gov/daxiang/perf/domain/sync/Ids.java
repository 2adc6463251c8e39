package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.UUID;

/** Reads the UUIDs of sync objects given as text (path parameters). */
final class Ids {

    private Ids() {
    }

    static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "SYNC_ID_MALFORMED", Map.of("field", field, "value", String.valueOf(text)));
        }
    }
}
