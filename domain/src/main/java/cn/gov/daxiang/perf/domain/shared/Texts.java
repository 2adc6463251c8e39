package cn.gov.daxiang.perf.domain.shared;

import java.util.Map;

/** Checks for the free-text fields of the model (names, goals, reasons). */
public final class Texts {

    private Texts() {
    }

    /** Returns the trimmed text; refuses blank text and text longer than {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "TEXT_REQUIRED", Map.of("field", field));
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "TEXT_TOO_LONG",
                    Map.of("field", field, "maxLength", maxLength, "length", trimmed.length()));
        }
        return trimmed;
    }
}
