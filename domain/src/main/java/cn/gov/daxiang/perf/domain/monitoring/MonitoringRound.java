package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Percentage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * A monitoring round (绩效运行监控): the bureau asks units to report goal achievement and budget execution
 * from January to the cut-off month, by a due date. The cut-off month is configurable per year
 * (1–9月 in the district's 2024 round; 1–6, 1–7 and 1–8 are used elsewhere).
 */
public final class MonitoringRound {

    private final MonitoringRoundId id;
    private final MonitoringPeriod period;
    private LocalDate dueDate;

    private MonitoringRound(MonitoringRoundId id, MonitoringPeriod period, LocalDate dueDate) {
        this.id = Objects.requireNonNull(id, "id");
        this.period = Objects.requireNonNull(period, "period");
        this.dueDate = checkedDueDate(period, dueDate);
    }

    public static MonitoringRound open(MonitoringRoundId id, FiscalYear fiscalYear, int cutOffMonth, LocalDate dueDate) {
        return new MonitoringRound(id, MonitoringPeriod.of(fiscalYear, cutOffMonth), dueDate);
    }

    public static MonitoringRound restore(MonitoringRoundId id, FiscalYear fiscalYear, int cutOffMonth, LocalDate dueDate) {
        return new MonitoringRound(id, MonitoringPeriod.of(fiscalYear, cutOffMonth), dueDate);
    }

    /** Moves the due date (units asked for more time, say); it must still lie after the period. */
    public void reschedule(LocalDate newDueDate) {
        dueDate = checkedDueDate(period, newDueDate);
    }

    public boolean isOverdue(LocalDate today) {
        return today.isAfter(dueDate);
    }

    public MonitoringRoundId getId() {
        return id;
    }

    public FiscalYear getFiscalYear() {
        return period.fiscalYear();
    }

    public int getCutOffMonth() {
        return period.cutOffMonth();
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public MonitoringPeriod getPeriod() {
        return period;
    }

    /** 序时进度 = cut-off month / 12, two decimals. */
    public Percentage getTimeProgress() {
        return period.timeProgress();
    }

    /** A report on a period can only be due after the period's data exist. */
    private static LocalDate checkedDueDate(MonitoringPeriod period, LocalDate dueDate) {
        Objects.requireNonNull(dueDate, "dueDate");
        LocalDate periodEnd = YearMonth.of(period.fiscalYear().value(), period.cutOffMonth()).atEndOfMonth();
        if (!dueDate.isAfter(periodEnd)) {
            throw new InvalidValueException("dueDate", "MONITORING_DUE_DATE_NOT_AFTER_PERIOD",
                    Map.of("dueDate", dueDate.toString(), "periodEnd", periodEnd.toString()));
        }
        return dueDate;
    }

    @Override
    public String toString() {
        return "MonitoringRound[" + id + " " + period.label() + "]";
    }
}
