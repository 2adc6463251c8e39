package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.review.ReviewAction;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A review step on a monitoring report other than finance's approval: the department's approval or return, or
 * finance's return. Submission ({@link MonitoringReportSubmitted}) and finance's approval ({@link MonitoringReportReviewed},
 * which the province is told of) have their own events.
 */
public record MonitoringReportStepTaken(MonitoringReportId reportId, ReviewAction step) implements DomainEvent {

    private static final Set<ReviewAction> STEPS = Set.of(ReviewAction.DEPT_APPROVE, ReviewAction.DEPT_RETURN, ReviewAction.FINANCE_RETURN);

    public MonitoringReportStepTaken {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(step, "step");
        if (!STEPS.contains(step)) {
            throw new IllegalArgumentException(step + " has an event of its own");
        }
    }

    @Override
    public String action() {
        return step.name().toLowerCase(Locale.ROOT);
    }
}
