package cn.gov.daxiang.perf.domain.shared;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A coded value (an enum constant) with the Chinese label the bureau's forms print beside it. Clients send either
 * the code or the label; every answer carries both, so one shape serves every coded value.
 */
public interface Labelled {

    /** The stable code, e.g. {@code SPECIAL_BOND}. */
    String name();

    /** The Chinese label, e.g. {@code 专项债券}. */
    String label();

    /** The constant whose code (in any letter case) or label is {@code text}, ignoring surrounding blanks. */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(t) || c.label().equals(t)).findFirst();
    }

    /**
     * Like {@link #find}, refusing anything else with {@code VALUE_NOT_ALLOWED}, which names the codes allowed.
     *
     * @param field the field or parameter the text was sent in
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String text) {
        return find(type, text).orElseThrow(() -> new InvalidValueException(field, "VALUE_NOT_ALLOWED", Map.of("field", field,
                "value", text == null ? "" : text.strip(), "allowed", allowed(type))));
    }

    /** The codes of {@code type}, comma-separated, for messages. */
    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
