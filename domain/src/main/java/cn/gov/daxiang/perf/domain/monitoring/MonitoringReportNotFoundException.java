package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No monitoring report with this id, or one the caller may not see. */
public class MonitoringReportNotFoundException extends NotFoundException {

    public MonitoringReportNotFoundException(MonitoringReportId id) {
        super("MONITORING_REPORT_NOT_FOUND", Map.of("id", id.toString()));
    }
}
