package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Percentage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A monitoring round (绩效运行监控): the bureau asks units to report goal achievement and budget execution
 * from January to the cut-off month, by a due date. The cut-off month is configurable per year
 * (1–9月 in the district's 2024 round; 1–6, 1–7 and 1–8 are used elsewhere).
 */
public final class MonitoringRound implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "monitoring-round";

    private final MonitoringRoundId id;
    private final MonitoringPeriod period;
    private LocalDate dueDate;
    private WarningPolicy warningPolicy;
    private final RecordedEvents events = new RecordedEvents();

    private MonitoringRound(MonitoringRoundId id, MonitoringPeriod period, LocalDate dueDate, WarningPolicy warningPolicy) {
        this.id = Objects.requireNonNull(id, "id");
        this.period = Objects.requireNonNull(period, "period");
        this.dueDate = checkedDueDate(period, dueDate);
        this.warningPolicy = Objects.requireNonNull(warningPolicy, "warningPolicy");
    }

    /** Opens a round with the standard warning thresholds (lag over 10 points yellow, over 20 red). */
    public static MonitoringRound open(MonitoringRoundId id, FiscalYear fiscalYear, int cutOffMonth, LocalDate dueDate) {
        return open(id, fiscalYear, cutOffMonth, dueDate, WarningPolicy.standard());
    }

    /** Opens a round whose reports are warned by {@code warningPolicy} (configurable per round). */
    public static MonitoringRound open(MonitoringRoundId id, FiscalYear fiscalYear, int cutOffMonth, LocalDate dueDate,
                                       WarningPolicy warningPolicy) {
        MonitoringRound round = new MonitoringRound(id, MonitoringPeriod.of(fiscalYear, cutOffMonth), dueDate, warningPolicy);
        round.events.record(new MonitoringRoundOpened(id, round.period));
        return round;
    }

    public static MonitoringRound restore(MonitoringRoundId id, FiscalYear fiscalYear, int cutOffMonth, LocalDate dueDate) {
        return restore(id, fiscalYear, cutOffMonth, dueDate, WarningPolicy.standard());
    }

    public static MonitoringRound restore(MonitoringRoundId id, FiscalYear fiscalYear, int cutOffMonth, LocalDate dueDate,
                                          WarningPolicy warningPolicy) {
        return new MonitoringRound(id, MonitoringPeriod.of(fiscalYear, cutOffMonth), dueDate, warningPolicy);
    }

    /**
     * Changes the warning thresholds. Reports keep the warning assessed when they were submitted; the new
     * thresholds warn the reports submitted from now on (and the previews of drafts).
     */
    public void changeWarningPolicy(WarningPolicy newPolicy) {
        warningPolicy = Objects.requireNonNull(newPolicy, "warningPolicy");
        events.record(new MonitoringRoundChanged(id));
    }

    public WarningPolicy getWarningPolicy() {
        return warningPolicy;
    }

    /** Moves the due date (units asked for more time, say); it must still lie after the period. */
    public void reschedule(LocalDate newDueDate) {
        dueDate = checkedDueDate(period, newDueDate);
        events.record(new MonitoringRoundChanged(id));
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
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
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("fiscalYear", period.fiscalYear().toString());
        fields.put("cutOffMonth", Integer.toString(period.cutOffMonth()));
        fields.put("dueDate", dueDate.toString());
        fields.put("yellowLagAbove", warningPolicy.yellowLagAbove().toPlainString());
        fields.put("redLagAbove", warningPolicy.redLagAbove().toPlainString());
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    @Override
    public String toString() {
        return "MonitoringRound[" + id + " " + period.label() + "]";
    }
}
