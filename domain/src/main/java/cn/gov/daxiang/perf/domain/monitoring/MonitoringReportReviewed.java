package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.shared.Percentage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finance approved a monitoring report (监控结果). It carries the 双监控 picture the district acts on, since the
 * province must see the same: budget execution against time progress, the warning kept at submission, the state of
 * the funds, and each indicator's progress.
 *
 * @param execution the budget side; null only for a report approved without one (never, since submission needs it)
 * @param lines     one per indicator of the goal, in the goal's order
 */
public record MonitoringReportReviewed(MonitoringReportSubject report, BudgetExecution execution, Warning warning,
                                       FundsStatus fundsStatus, Instant reviewedAt, List<Line> lines) implements DomainEvent {

    public MonitoringReportReviewed {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(fundsStatus, "fundsStatus");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        lines = List.copyOf(lines);
    }

    /** An indicator with the line the unit reported for it (none only for a line never filled). */
    public record Line(EvaluatedIndicator indicator, IndicatorProgress progress) {

        public Line {
            Objects.requireNonNull(indicator, "indicator");
        }

        public Optional<IndicatorProgress> progressIfAny() {
            return Optional.ofNullable(progress);
        }

        /** Projected to miss its target, or judged impossible. */
        public boolean isOffTrack() {
            return progress != null && progress.isOffTrack(indicator);
        }
    }

    /** 序时进度 of the report's period. */
    public Percentage timeProgress() {
        return report.period().timeProgress();
    }

    public Optional<BudgetExecution> executionIfAny() {
        return Optional.ofNullable(execution);
    }

    /** 预算执行率; empty without a budget side or with a zero budget. */
    public Optional<Percentage> executionRate() {
        return executionIfAny().flatMap(BudgetExecution::rate);
    }

    @Override
    public String action() {
        return "finance_approve";
    }
}
