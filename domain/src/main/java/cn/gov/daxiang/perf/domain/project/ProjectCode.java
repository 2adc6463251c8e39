package cn.gov.daxiang.perf.domain.project;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's code (项目代码). Codes seen from 一体化 systems have 21 characters: a 6-digit
 * fiscal division, a 2-digit year, a category letter and a 12-digit sequence. Hunan's layout is not
 * published, so any 6 to 40 digits or capital letters are accepted and the standard layout is only
 * recognised, never required.
 */
public record ProjectCode(String value) implements Comparable<ProjectCode> {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{6,40}");
    private static final Pattern STANDARD = Pattern.compile("(\\d{6})(\\d{2})([A-Z])(\\d{12})");

    public ProjectCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("PROJECT_CODE_MALFORMED", Map.of("value", String.valueOf(value)));
        }
    }

    public static ProjectCode of(String text) {
        return new ProjectCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** The parts of a code in the 21-character standard layout, if it has that layout. */
    public Optional<StandardLayout> standardLayout() {
        Matcher m = STANDARD.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new StandardLayout(m.group(1), Integer.parseInt(m.group(2)), m.group(3).charAt(0), m.group(4)));
    }

    /**
     * @param fiscalDivision 财政区划代码, 430503 for 大祥区
     * @param yearOfCentury  the two-digit year the code was issued in
     * @param categoryLetter R 人员类, Y 运转类, T 特定目标类 as far as known
     * @param sequence       the 12-digit serial number
     */
    public record StandardLayout(String fiscalDivision, int yearOfCentury, char categoryLetter, String sequence) {
    }

    @Override
    public int compareTo(ProjectCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
