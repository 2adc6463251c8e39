package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Percentage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * When dual monitoring (双监控) raises a warning (configurable; Hunan's thresholds are not published):
 * <ul>
 *   <li>budget: the execution rate lags the time progress by more than {@code yellowLagAbove} percentage
 *       points → YELLOW, by more than {@code redLagAbove} → RED (default 10 and 20). Both are the
 *       displayed two-decimal percentages, so a reader can check the lag by hand. No rate (a zero
 *       adjusted budget) means no lag.</li>
 *   <li>goals: an indicator projected to miss its target → YELLOW; one whose completion the unit judges
 *       impossible (完全不可能) → RED.</li>
 * </ul>
 * Both thresholds are {@link DecimalRule#PERCENTAGE_POINTS}: 0 to 100 with two decimals.
 */
public record WarningPolicy(BigDecimal yellowLagAbove, BigDecimal redLagAbove) {

    public WarningPolicy {
        yellowLagAbove = DecimalRule.PERCENTAGE_POINTS.check("yellowLagAbove", yellowLagAbove);
        redLagAbove = DecimalRule.PERCENTAGE_POINTS.check("redLagAbove", redLagAbove);
        if (redLagAbove.compareTo(yellowLagAbove) <= 0) {
            throw new InvalidValueException("redLagAbove", "WARNING_POLICY_THRESHOLDS_INVALID", Map.of(
                    "yellowLagAbove", yellowLagAbove.toPlainString(), "redLagAbove", redLagAbove.toPlainString()));
        }
    }

    /** Lag over 10 points yellow, over 20 red. */
    public static WarningPolicy standard() {
        return new WarningPolicy(BigDecimal.TEN, BigDecimal.valueOf(20));
    }

    /**
     * The warning for what a report holds so far; indicators without a line yet and a missing budget
     * line raise nothing (submission requires them, see {@link MonitoringReport#submit}).
     */
    public Warning assess(MonitoringPeriod period, List<EvaluatedIndicator> indicators,
                          Map<UUID, IndicatorProgress> progress, BudgetExecution execution) {
        List<WarningReason> reasons = new ArrayList<>();
        if (execution != null) {
            execution.rate().ifPresent(rate -> executionReason(period.timeProgress(), rate).ifPresent(reasons::add));
        }
        for (EvaluatedIndicator indicator : indicators) {
            IndicatorProgress line = progress.get(indicator.id());
            if (line != null) {
                indicatorReason(indicator, line).ifPresent(reasons::add);
            }
        }
        return new Warning(reasons);
    }

    private Optional<WarningReason> executionReason(Percentage timeProgress, Percentage rate) {
        BigDecimal lag = timeProgress.pointsAbove(rate);
        WarningLevel level = lag.compareTo(redLagAbove) > 0 ? WarningLevel.RED
                : lag.compareTo(yellowLagAbove) > 0 ? WarningLevel.YELLOW : WarningLevel.GREEN;
        if (level == WarningLevel.GREEN) {
            return Optional.empty();
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("executionRate", rate.value().toPlainString());
        arguments.put("timeProgress", timeProgress.value().toPlainString());
        arguments.put("lag", lag.toPlainString());
        arguments.put("threshold", (level == WarningLevel.RED ? redLagAbove : yellowLagAbove).toPlainString());
        return Optional.of(new WarningReason("WARNING_EXECUTION_LAGGING", level, arguments));
    }

    private static Optional<WarningReason> indicatorReason(EvaluatedIndicator indicator, IndicatorProgress line) {
        if (!line.fits(indicator) || !line.isOffTrack(indicator)) {
            return Optional.empty();
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("indicatorId", indicator.id().toString());
        arguments.put("indicator", indicator.name());
        if (line.likelihood() == Likelihood.IMPOSSIBLE) {
            return Optional.of(new WarningReason("WARNING_INDICATOR_IMPOSSIBLE", WarningLevel.RED, arguments));
        }
        if (indicator.isQuantitative()) {
            arguments.put("comparator", indicator.comparator().symbol());
            arguments.put("target", indicator.target().toPlainString());
            arguments.put("projected", line.projectedYearEnd().toPlainString());
            arguments.put("unitOfMeasure", indicator.unitOfMeasure() == null ? "" : indicator.unitOfMeasure());
            return Optional.of(new WarningReason("WARNING_INDICATOR_OFF_TARGET", WarningLevel.YELLOW, arguments));
        }
        arguments.put("tier", line.projectedTier().name());
        return Optional.of(new WarningReason("WARNING_INDICATOR_TIER_OFF_TARGET", WarningLevel.YELLOW, arguments));
    }
}
