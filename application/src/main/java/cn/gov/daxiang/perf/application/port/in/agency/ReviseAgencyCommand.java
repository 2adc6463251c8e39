package cn.gov.daxiang.perf.application.port.in.agency;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.AgencyDetails;

/** New name, credit code, contact or active flag of an agency at the revision the caller read. */
public record ReviseAgencyCommand(AgencyId agencyId, long revision, AgencyDetails details) {

    public ReviseAgencyCommand {
        CommandFields.require("agencyId", agencyId);
        CommandFields.require("details", details);
    }
}
