package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Percentage;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The months a monitoring round covers: January to the cut-off month of a fiscal year (the district
 * monitored 2024年1–9月). Copied into every report so a report can be judged on its own.
 */
public record MonitoringPeriod(FiscalYear fiscalYear, int cutOffMonth) {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public MonitoringPeriod {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        if (cutOffMonth < 1 || cutOffMonth > 12) {
            throw new InvalidValueException("cutOffMonth", "MONITORING_CUT_OFF_MONTH_OUT_OF_RANGE", Map.of("month", cutOffMonth));
        }
    }

    public static MonitoringPeriod of(FiscalYear fiscalYear, int cutOffMonth) {
        return new MonitoringPeriod(fiscalYear, cutOffMonth);
    }

    /** 序时进度: the share of the year elapsed by the end of the cut-off month, month / 12 (9月 → 75.00 %). */
    public Percentage timeProgress() {
        return Percentage.ofRatio(BigDecimal.valueOf(cutOffMonth), MONTHS);
    }

    /** As forms head it: 2024年1–9月. */
    public String label() {
        return fiscalYear + "年1–" + cutOffMonth + "月";
    }
}
