package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JSON object a report carries, built in plain Java so that the domain and the services stay free of any
 * JSON library: element names are snake_case after the 一体化 data standard; values are text, whole numbers,
 * exact decimals (money keeps its two decimals), booleans, dates and instants (ISO-8601), nested objects and
 * lists of those. Chinese text stays as it is (UTF-8), never escaped.
 */
public final class JsonPayload {

    /** The outbox column and the wire accept at most this much. */
    public static final int MAX_LENGTH = 100_000;
    private static final Pattern ELEMENT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final Map<String, Object> elements = new LinkedHashMap<>();

    private JsonPayload() {
    }

    public static JsonPayload object() {
        return new JsonPayload();
    }

    public JsonPayload put(String name, String text) {
        return element(name, text);
    }

    public JsonPayload put(String name, long number) {
        return element(name, number);
    }

    public JsonPayload put(String name, boolean flag) {
        return element(name, flag);
    }

    public JsonPayload put(String name, BigDecimal number) {
        return element(name, number);
    }

    public JsonPayload put(String name, Money money) {
        return element(name, money == null ? null : money.amount());
    }

    public JsonPayload put(String name, Instant instant) {
        return element(name, instant == null ? null : instant.toString());
    }

    public JsonPayload put(String name, LocalDate date) {
        return element(name, date == null ? null : date.toString());
    }

    public JsonPayload put(String name, JsonPayload object) {
        return element(name, object);
    }

    /** A list of text, numbers, booleans or objects. */
    public JsonPayload put(String name, Collection<?> list) {
        return element(name, list == null ? null : java.util.List.copyOf(list));
    }

    private JsonPayload element(String name, Object value) {
        if (name == null || !ELEMENT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("element names are snake_case: " + name);
        }
        if (elements.containsKey(name)) {
            throw new IllegalArgumentException("element given twice: " + name);
        }
        elements.put(name, value);
        return this;
    }

    /** The object as JSON text, elements in the order they were put. */
    public String toJson() {
        StringBuilder out = new StringBuilder();
        write(this, out);
        if (out.length() > MAX_LENGTH) {
            throw new RuleViolationException("REPORT_PAYLOAD_TOO_LARGE", Map.of("length", out.length(), "max", MAX_LENGTH));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toJson();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof JsonPayload object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : object.elements.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Money money) {
            out.append(money.amount().toPlainString());
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
