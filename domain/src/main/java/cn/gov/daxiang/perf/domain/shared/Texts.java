package cn.gov.daxiang.perf.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks for the free-text fields of the model (names, goals, reasons). */
public final class Texts {

    /** Blanks, punctuation and symbols: what people vary when they copy or retype the same words. */
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Z}\\p{P}\\p{S}]+");

    private Texts() {
    }

    /**
     * The NUL character (U+0000): nobody types it, and PostgreSQL cannot store it in text at all. Other control
     * characters (a Word line break, U+000B) are kept: texts stored with them must still load.
     */
    private static final Pattern CONTROL = Pattern.compile("\\x00");

    /** Returns the trimmed text; refuses blank text, NUL characters and text longer than {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "TEXT_REQUIRED", Map.of("field", field));
        }
        return withinLength(field, value.strip(), maxLength);
    }

    /** Returns the trimmed text, or null for absent or blank text; refuses NUL characters and text longer than {@code maxLength}. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return withinLength(field, value.strip(), maxLength);
    }

    /**
     * The text reduced to what it says: full-width forms folded to half-width (NFKC), lower case, without
     * blanks, punctuation or symbols. Two texts that normalise alike are "the same words" for duplicate
     * and copy checks: 「服务对象满意度 」 and 「服务对象满意度。」 are one indicator.
     */
    public static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOISE.matcher(folded).replaceAll("");
    }

    /** Longest text a search or filter term may be: longer than any column it is compared with. */
    public static final int SEARCH_TERM_MAX_LENGTH = 200;

    /** A search or filter term: trimmed, null when blank; refuses NUL characters and more than 200 characters. */
    public static String searchTerm(String field, String value) {
        return optional(field, value, SEARCH_TERM_MAX_LENGTH);
    }

    /** Refuses text with a NUL character (see {@link #CONTROL}); null passes. */
    public static String withoutControlCharacters(String field, String value) {
        if (value != null) {
            java.util.regex.Matcher control = CONTROL.matcher(value);
            if (control.find()) {
                throw new InvalidValueException(field, "TEXT_CONTROL_CHARACTER", Map.of("field", field,
                        "character", String.format("U+%04X", (int) value.charAt(control.start())), "position", control.start() + 1));
            }
        }
        return value;
    }

    private static String withinLength(String field, String trimmed, int maxLength) {
        withoutControlCharacters(field, trimmed);
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "TEXT_TOO_LONG",
                    Map.of("field", field, "maxLength", maxLength, "length", trimmed.length()));
        }
        return trimmed;
    }
}
