package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads request bodies into domain values so that every refusal names the field it concerns as a path into
 * the body (e.g. {@code lines[2].percentage}), so a form can point at it.
 */
public final class Fields {

    private Fields() {
    }

    /** Runs {@code read}; a refusal's field becomes {@code path.field} (or {@code path} when it named none). */
    public static <T> T within(String path, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            String field = e.field().map(f -> f.startsWith(path) ? f : path + "." + f).orElse(path);
            throw e.forField(field);
        }
    }

    /** A value the body must carry. */
    public static <T> T required(String path, T value) {
        if (value == null) {
            throw missing(path);
        }
        return value;
    }

    /** A text the body must carry, parsed; a refusal names the field. */
    public static <T> T requiredText(String path, String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            throw missing(path);
        }
        return within(path, () -> parse.apply(value));
    }

    /** An optional text, parsed when present. */
    public static <T> T optionalText(String path, String value, Function<String, T> parse) {
        return value == null || value.isBlank() ? null : within(path, () -> parse.apply(value));
    }

    /** An optional ISO date (YYYY-MM-DD). */
    public static java.time.LocalDate date(String path, String text) {
        return optionalText(path, text, t -> {
            try {
                return java.time.LocalDate.parse(t.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidValueException(path, "VALUE_MALFORMED", Map.of("field", path, "expected", "date (YYYY-MM-DD)"));
            }
        });
    }

    public static InvalidValueException missing(String path) {
        return new InvalidValueException(path, "REQUEST_FIELD_REQUIRED", Map.of("field", path));
    }

    /** A coded value of an enum, by its code; anything else is refused naming the allowed codes. */
    public static <E extends Enum<E>> E code(String path, String value, Class<E> type) {
        String text = value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new InvalidValueException(path, "VALUE_NOT_ALLOWED", Map.of("field", path, "value", text,
                "allowed", String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }
}
