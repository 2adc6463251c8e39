package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Labelled;

import java.util.Arrays;
import java.util.Map;

/**
 * 指标性质: how a quantitative indicator's actual value is held against its target. Qualitative
 * indicators have no comparator (their achievement is judged in tiers).
 */
public enum Comparator implements Labelled {
    /** ≥: the more the better (正向指标), e.g. 改造小区数 ≥ 12 个. */
    AT_LEAST("≥"),
    /** ≤: the less the better (反向指标), e.g. 单位造价 ≤ 350 元/平方米. */
    AT_MOST("≤"),
    /** =: exactly the target, e.g. 补助标准 = 100 元/人·月. */
    EQUAL("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The symbol is what the bureau's forms print in the 指标性质 column. */
    @Override
    public String label() {
        return symbol;
    }

    /** Accepts the code ({@code AT_LEAST}) or the symbol as forms write it (≥, >=, ≤, <=, =). */
    public static Comparator parse(String text) {
        String t = text == null ? "" : text.strip();
        return switch (t) {
            case "≥", ">=", "＞＝", "≧" -> AT_LEAST;
            case "≤", "<=", "＜＝", "≦" -> AT_MOST;
            case "=", "＝", "==" -> EQUAL;
            default -> Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("COMPARATOR_UNKNOWN",
                            Map.of("value", t, "allowed", "≥ ≤ = " + Arrays.toString(values()))));
        };
    }
}
