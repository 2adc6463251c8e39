package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/** 指标值类型: a number held against a comparator, or a graded description. */
public enum ValueType implements Labelled {
    QUANTITATIVE("定量"),
    QUALITATIVE("定性");

    private final String label;

    ValueType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Accepts the code ({@code QUANTITATIVE}) or the Chinese label ({@code 定量}). */
    public static ValueType parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("VALUE_TYPE_UNKNOWN",
                        Map.of("value", t, "allowed", Arrays.toString(values()))));
    }

    /**
     * The type an indicator has when its declaration does not say: qualitative when it has a text target
     * and no number, quantitative otherwise (forms leave the column empty more often than not).
     */
    public static ValueType inferred(java.math.BigDecimal targetValue, String targetText) {
        return targetValue == null && targetText != null && !targetText.isBlank() ? QUALITATIVE : QUANTITATIVE;
    }
}
