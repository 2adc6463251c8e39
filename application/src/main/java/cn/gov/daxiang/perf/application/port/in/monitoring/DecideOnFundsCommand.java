package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;

/**
 * Finance's decision on a RED report's funds.
 *
 * @param revision the revision finance read
 * @param reason   why; the decision requires it (checked with the decision, after the report's own rules)
 */
public record DecideOnFundsCommand(MonitoringReportId id, long revision, FundsDecisionKind decision, String reason) {

    public DecideOnFundsCommand {
        CommandFields.require("id", id);
        CommandFields.require("decision", decision);
    }
}
