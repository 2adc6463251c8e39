package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public record RectificationId(UUID value) {

    public RectificationId {
        Objects.requireNonNull(value, "value");
    }

    public static RectificationId of(UUID value) {
        return new RectificationId(value);
    }

    public static RectificationId newId() {
        return new RectificationId(UUID.randomUUID());
    }

    /** The id a text names; malformed text is refused. */
    public static RectificationId parse(String text) {
        try {
            return new RectificationId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("RECTIFICATION_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
