package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/** The government level that issued a transfer payment and its goal. */
public enum IssuingLevel implements Labelled {
    CENTRAL("中央"),
    PROVINCE("省"),
    CITY("市");

    private final String label;

    IssuingLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Accepts the code ({@code PROVINCE}) or the Chinese label ({@code 省}). */
    public static IssuingLevel parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(l -> l.name().equalsIgnoreCase(t) || l.label.equals(t))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("ISSUING_LEVEL_UNKNOWN",
                        Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
