package cn.gov.daxiang.perf.domain.shared;

import java.util.Map;

/** A budget year (预算年度). */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    public static final int EARLIEST = 2000;
    public static final int LATEST = 2099;

    public FiscalYear {
        if (value < EARLIEST || value > LATEST) {
            throw new InvalidValueException("FISCAL_YEAR_OUT_OF_RANGE",
                    Map.of("value", value, "earliest", EARLIEST, "latest", LATEST));
        }
    }

    public static FiscalYear of(int value) {
        return new FiscalYear(value);
    }

    public static FiscalYear parse(String text) {
        try {
            return new FiscalYear(Integer.parseInt(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("FISCAL_YEAR_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    public FiscalYear next() {
        return new FiscalYear(value + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(value - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
