package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many decimals of 万元 each money figure of the report prints: data, not code. The district's default follows its
 * 2024 report, which writes 81648.29万元 for the self-evaluations and 44369.7万元 for the key evaluations. The exact 元
 * amount always travels beside the rounded one.
 */
public record ReportPrecision(Map<ReportFigure, Integer> decimals) {

    public static final int MAX_DECIMALS = 6;

    /** The district's 2024 report: two decimals everywhere but the key evaluations' total, which has one. */
    public static final ReportPrecision DISTRICT_DEFAULT = new ReportPrecision(Map.of(
            ReportFigure.GOAL_COVERAGE_AMOUNT, 2,
            ReportFigure.SELF_EVALUATION_MONEY, 2,
            ReportFigure.KEY_EVALUATION_TOTAL, 1,
            ReportFigure.KEY_EVALUATION_BY_KIND, 2,
            ReportFigure.ALLOCATION_MONEY, 2));

    public ReportPrecision {
        Objects.requireNonNull(decimals, "decimals");
        EnumMap<ReportFigure, Integer> copy = new EnumMap<>(ReportFigure.class);
        for (ReportFigure figure : ReportFigure.values()) {
            Integer d = decimals.get(figure);
            if (d == null || d < 0 || d > MAX_DECIMALS) {
                throw new IllegalArgumentException("decimals of " + figure + " must be 0.." + MAX_DECIMALS + ", was " + d);
            }
            copy.put(figure, d);
        }
        decimals = Map.copyOf(copy);
    }

    public int decimalsOf(ReportFigure figure) {
        return decimals.get(figure);
    }

    /** {@code money} as the figure is printed. */
    public ReportAmount amount(ReportFigure figure, Money money) {
        return new ReportAmount(money, decimalsOf(figure));
    }
}
