package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.Warning;
import cn.gov.daxiang.perf.domain.review.ReviewState;

import java.util.Optional;

/**
 * A monitoring report as stored, with its revision and, while it is a draft, the warning its current
 * content would raise under the round's thresholds (a submitted report shows the warning kept at submission).
 */
public record MonitoringReportDetails(MonitoringReport report, long revision, Warning warningPreview) {

    /** The kept warning once submitted, the preview while a draft (a returned report is a draft again). */
    public Optional<Warning> warning() {
        return report.getStatus() == ReviewState.DRAFT ? Optional.ofNullable(warningPreview) : report.getWarning();
    }
}
