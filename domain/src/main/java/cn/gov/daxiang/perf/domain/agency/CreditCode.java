package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of digits and capital letters without
 * I, O, S, V and Z. The check character is not verified (registrations copied from paper often carry typos the
 * bureau still has to record); the layout is.
 */
public record CreditCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

    public CreditCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("creditCode", "CREDIT_CODE_MALFORMED", Map.of("value", String.valueOf(value)));
        }
    }

    /** The code a text names, trimmed and upper-cased; null for blank text. */
    public static CreditCode parseOptional(String text) {
        return text == null || text.isBlank() ? null : new CreditCode(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
