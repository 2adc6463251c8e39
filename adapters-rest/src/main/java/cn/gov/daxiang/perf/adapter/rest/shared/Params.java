package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the parameters of one request into domain values and reports every refused one together.
 * Parameters arrive as text on purpose: JAX-RS would answer a failed conversion of a query parameter
 * with a bare 404, where the caller deserves a 400 naming each parameter.
 *
 * <pre>{@code
 * Params params = new Params();
 * FiscalYear year = params.optional("fiscalYear", raw, FiscalYear::parse);
 * Paging paging = params.paging(page, size);
 * params.requireValid();
 * }</pre>
 */
public final class Params {

    private final List<InvalidValueException> refusals = new ArrayList<>();

    /** The parsed value, or null when the parameter is absent, blank or refused. */
    public <T> T optional(String name, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            refusals.add(e.forField(name));
            return null;
        }
    }

    /** A free-text search or filter term ({@link Texts#searchTerm}): trimmed, null when blank. */
    public String text(String name, String raw) {
        return optional(name, raw, value -> Texts.searchTerm(name, value));
    }

    public Boolean bool(String name, String raw) {
        return optional(name, raw, text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw malformed(name, text, "boolean");
        });
    }

    /** Page 1 and the default size when absent; refused values are reported like any other. */
    public Paging paging(String page, String size) {
        Integer p = optional("page", page, text -> integer("page", text));
        Integer s = optional("size", size, text -> integer("size", text));
        try {
            return new Paging(p == null ? 1 : p, s == null ? Paging.DEFAULT_SIZE : s);
        } catch (InvalidValueException e) {
            refusals.add(e);
            return Paging.first();
        }
    }

    /** @throws InvalidParametersException naming every refused parameter */
    public void requireValid() {
        if (!refusals.isEmpty()) {
            throw new InvalidParametersException(refusals);
        }
    }

    /** Reads a single required parameter (a path segment, say) and refuses it at once. */
    public static <T> T required(String name, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            throw e.forField(name);
        }
    }

    private static int integer(String name, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw malformed(name, raw, "integer");
        }
    }

    private static InvalidValueException malformed(String name, String raw, String expected) {
        return new InvalidValueException(name, "PARAMETER_MALFORMED", Map.of("parameter", name, "value", raw, "expected", expected));
    }

    /** Several parameters of one request refused together. */
    public static final class InvalidParametersException extends RuntimeException {

        private final transient List<InvalidValueException> refusals;

        InvalidParametersException(List<InvalidValueException> refusals) {
            super(refusals.size() + " invalid parameters");
            this.refusals = List.copyOf(refusals);
        }

        public List<InvalidValueException> refusals() {
            return refusals;
        }
    }
}
