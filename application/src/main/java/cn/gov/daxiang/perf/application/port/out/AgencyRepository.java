package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.Agency;

import java.util.List;
import java.util.Optional;

/** Third-party agencies (第三方机构) with their evaluator rosters. Other capabilities call {@link #findById} to check that an agency exists. */
public interface AgencyRepository {

    record Stored(Agency agency, long revision) {
    }

    /** One agency with its roster, in two statements. */
    Optional<Stored> findById(AgencyId id);

    /** Every agency, active or not, by id. */
    List<Stored> findAll();

    /** @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException for a taken id */
    long add(Agency agency);

    long update(Agency agency, long expectedRevision);
}
