package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The identity of an indicator template in the library. */
public record TemplateId(UUID value) {

    public TemplateId {
        Objects.requireNonNull(value, "value");
    }

    public static TemplateId newId() {
        return new TemplateId(UUID.randomUUID());
    }

    public static TemplateId of(String text) {
        try {
            return new TemplateId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("INDICATOR_TEMPLATE_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
