package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.Agency;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.Map;

/** Work is commissioned only to a registered agency that is active; key evaluations and ex-ante assessments alike. */
final class CommissionableAgencies {

    private CommissionableAgencies() {
    }

    static Agency require(AgencyRepository agencies, AgencyId id) {
        Agency agency = agencies.findById(id).map(AgencyRepository.Stored::agency)
                .orElseThrow(() -> new RuleViolationException("AGENCY_UNKNOWN", Map.of("agencyId", id.value())));
        if (!agency.isActive()) {
            throw new RuleViolationException("AGENCY_INACTIVE", Map.of("agencyId", id.value()));
        }
        return agency;
    }
}
