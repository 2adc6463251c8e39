package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;

import java.time.LocalDate;

/**
 * A round's new due date or thresholds.
 *
 * @param revision      the revision finance read
 * @param dueDate       the new due date, or null to keep it
 * @param warningPolicy the new thresholds, or null to keep them
 */
public record ChangeMonitoringRoundCommand(MonitoringRoundId id, long revision, LocalDate dueDate, WarningPolicy warningPolicy) {

    public ChangeMonitoringRoundCommand {
        CommandFields.require("id", id);
    }
}
