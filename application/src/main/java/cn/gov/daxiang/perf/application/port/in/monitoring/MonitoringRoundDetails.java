package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;

/** A monitoring round as stored, with its revision (the ETag a change must name). */
public record MonitoringRoundDetails(MonitoringRound round, long revision) {
}
