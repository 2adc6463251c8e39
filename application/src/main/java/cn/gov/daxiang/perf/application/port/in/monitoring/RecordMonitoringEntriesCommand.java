package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;

/**
 * The unit's entries in its draft report.
 *
 * @param revision the revision the unit read
 */
public record RecordMonitoringEntriesCommand(MonitoringReportId id, long revision, MonitoringEntries entries) {

    public RecordMonitoringEntriesCommand {
        CommandFields.require("id", id);
        CommandFields.require("body", entries);
    }
}
