package cn.gov.daxiang.perf.application.port.in.agency;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.review.ActorId;

/** Takes an evaluator off an agency's roster. */
public record RemoveEvaluatorCommand(AgencyId agencyId, long revision, ActorId userId) {

    public RemoveEvaluatorCommand {
        CommandFields.require("agencyId", agencyId);
        CommandFields.require("userId", userId);
    }
}
