package cn.gov.daxiang.perf.adapter.rest.request;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Whole numbers, booleans, dates and instants as parameters, refused with a 400 that names the parameter and what
 * it expects. A moment also takes a plain date, meaning the start of that day in the district (UTC+8), because
 * that is what a person types into an audit-trail filter.
 */
final class PlainParameters {

    private static final java.time.ZoneOffset DISTRICT = java.time.ZoneOffset.ofHours(8);

    private PlainParameters() {
    }

    /** The reading of {@code type}, or null when it is not one of these. */
    static Function<String, Object> reading(Class<?> type, String name) {
        if (type == Integer.class) {
            return text -> number(name, text, "integer", Integer::valueOf);
        }
        if (type == Long.class) {
            return text -> number(name, text, "integer", Long::valueOf);
        }
        if (type == Boolean.class) {
            return text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw malformed(name, text, "boolean");
            };
        }
        if (type == LocalDate.class) {
            return text -> {
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    throw malformed(name, text, "date (YYYY-MM-DD)");
                }
            };
        }
        if (type == OffsetDateTime.class) {
            return text -> moment(name, text);
        }
        return null;
    }

    private static Object number(String name, String text, String expected, Function<String, Object> parse) {
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            throw malformed(name, text, expected);
        }
    }

    private static OffsetDateTime moment(String name, String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException notAMoment) {
            try {
                return LocalDate.parse(t).atStartOfDay().atOffset(DISTRICT);
            } catch (DateTimeParseException notADate) {
                throw malformed(name, text, "date (YYYY-MM-DD) or date-time (ISO 8601 with offset)");
            }
        }
    }

    private static InvalidValueException malformed(String name, String raw, String expected) {
        return new InvalidValueException(name, "PARAMETER_MALFORMED", Map.of("parameter", name, "value", raw, "expected", expected));
    }
}
