package cn.gov.daxiang.perf.domain.budgetunit;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A budget unit's code (单位代码 / agency_code) as the provincial platform issues it. The exact length
 * of Hunan's codes is not published, so any 3 to 20 digits or capital letters are accepted.
 */
public record UnitCode(String value) implements Comparable<UnitCode> {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{3,20}");

    public UnitCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("UNIT_CODE_MALFORMED", Map.of("value", String.valueOf(value)));
        }
    }

    /** Accepts surrounding blanks and lower-case letters, as people type them. */
    public static UnitCode of(String text) {
        return new UnitCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
