package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads request parameters into domain values. Parameters arrive as text on purpose: JAX-RS would answer
 * a failed conversion of a query parameter with a bare 404, where the caller deserves a 400 naming it.
 */
public final class Params {

    private Params() {
    }

    /** The parsed value, or null when the parameter is absent or blank; a refusal names the parameter. */
    public static <T> T optional(String name, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return required(name, raw, parser);
    }

    public static <T> T required(String name, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            throw e.forField(name);
        }
    }

    public static Paging page(String page, String size) {
        int p = page == null || page.isBlank() ? 1 : integer("page", page);
        int s = size == null || size.isBlank() ? Paging.DEFAULT_SIZE : integer("size", size);
        return new Paging(p, s);
    }

    public static Boolean bool(String name, String raw) {
        return optional(name, raw, text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw malformed(name, text, "boolean");
        });
    }

    public static int integer(String name, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw malformed(name, raw, "integer");
        }
    }

    private static InvalidValueException malformed(String name, String raw, String expected) {
        return new InvalidValueException(name, "PARAMETER_MALFORMED", Map.of("parameter", name, "value", raw, "expected", expected));
    }
}
