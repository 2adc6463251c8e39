package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No agency with this id, or one the caller may not see. */
public class AgencyNotFoundException extends NotFoundException {

    public AgencyNotFoundException(AgencyId id) {
        super("AGENCY_NOT_FOUND", Map.of("agencyId", id.value()));
    }
}
