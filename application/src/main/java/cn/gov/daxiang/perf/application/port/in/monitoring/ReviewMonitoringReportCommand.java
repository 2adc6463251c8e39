package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Set;

/**
 * A review step on a report.
 *
 * @param revision the revision the reviewer read; a step from an older one is refused as stale
 * @param step     DEPT_APPROVE, DEPT_RETURN, FINANCE_APPROVE or FINANCE_RETURN
 * @param reason   the opinion of an approval (optional) or the reason of a return (the report requires it)
 */
public record ReviewMonitoringReportCommand(MonitoringReportId id, long revision, ReviewAction step, String reason) {

    private static final Set<ReviewAction> REVIEW_STEPS = Set.of(ReviewAction.DEPT_APPROVE, ReviewAction.DEPT_RETURN,
            ReviewAction.FINANCE_APPROVE, ReviewAction.FINANCE_RETURN);

    public ReviewMonitoringReportCommand {
        CommandFields.require("id", id);
        CommandFields.require("step", step);
        if (!REVIEW_STEPS.contains(step)) {
            throw new InvalidValueException("step", "REVIEW_STEP_UNKNOWN", Map.of("step", step.name()));
        }
    }
}
