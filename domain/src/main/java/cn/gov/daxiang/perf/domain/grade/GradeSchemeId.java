package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.regex.Pattern;

/** A grade scheme's stable, readable id (national, district-2024), recorded with every grade given. */
public record GradeSchemeId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,49}");

    public GradeSchemeId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("GRADE_SCHEME_ID_MALFORMED", Map.of("value", String.valueOf(value)));
        }
    }

    public static GradeSchemeId of(String value) {
        return new GradeSchemeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
