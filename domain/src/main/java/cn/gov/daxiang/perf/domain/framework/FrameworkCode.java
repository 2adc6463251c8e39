package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** An evaluation framework's stable code, e.g. NATIONAL-PROJECT, DISTRICT-PROJECT, DEPARTMENT-OVERALL. */
public record FrameworkCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");

    public FrameworkCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("frameworkCode", "FRAMEWORK_CODE_MALFORMED", Map.of("value", String.valueOf(value)));
        }
    }

    public static FrameworkCode of(String text) {
        return new FrameworkCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
