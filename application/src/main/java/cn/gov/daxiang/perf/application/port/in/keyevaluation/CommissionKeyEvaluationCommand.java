package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

/** Finance commissions an agency (it must exist and be active). */
public record CommissionKeyEvaluationCommand(KeyEvaluationId id, long revision, AgencyId agencyId) {

    public CommissionKeyEvaluationCommand {
        CommandFields.require("id", id);
        CommandFields.require("agencyId", agencyId);
    }
}
