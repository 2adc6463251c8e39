package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No monitoring round with this id. */
public class MonitoringRoundNotFoundException extends NotFoundException {

    public MonitoringRoundNotFoundException(MonitoringRoundId id) {
        super("MONITORING_ROUND_NOT_FOUND", Map.of("id", id.toString()));
    }
}
