package cn.gov.daxiang.perf.application.port.in.agency;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.AgencyDetails;
import cn.gov.daxiang.perf.domain.agency.AgencyEvaluator;

import java.util.List;

/** A new agency with its first evaluators (possibly none). */
public record RegisterAgencyCommand(AgencyId agencyId, AgencyDetails details, List<AgencyEvaluator> evaluators) {

    public RegisterAgencyCommand {
        CommandFields.require("agencyId", agencyId);
        CommandFields.require("details", details);
        evaluators = evaluators == null ? List.of() : List.copyOf(evaluators);
    }
}
