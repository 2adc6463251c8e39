package cn.gov.daxiang.perf.application.port.in.agency;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.AgencyEvaluator;

/** Puts an evaluator on an agency's roster. */
public record AppointEvaluatorCommand(AgencyId agencyId, long revision, AgencyEvaluator evaluator) {

    public AppointEvaluatorCommand {
        CommandFields.require("agencyId", agencyId);
        CommandFields.require("evaluator", evaluator);
    }
}
