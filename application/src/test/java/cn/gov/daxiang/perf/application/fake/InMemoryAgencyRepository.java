package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.Agency;
import cn.gov.daxiang.perf.domain.agency.ReferenceAgencies;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Agencies in memory, starting with the reference agencies as the database does (migration V26). */
public class InMemoryAgencyRepository implements AgencyRepository {

    private final Map<String, Agency> stored = new TreeMap<>();
    private final Revisions<String> revisions = new Revisions<>(Agency.AUDIT_TYPE);

    public InMemoryAgencyRepository() {
        ReferenceAgencies.all().forEach(this::add);
    }

    @Override
    public Optional<Stored> findById(AgencyId id) {
        return Optional.ofNullable(stored.get(id.value())).map(this::stored);
    }

    @Override
    public List<Stored> findAll() {
        return stored.values().stream().map(this::stored).toList();
    }

    @Override
    public long add(Agency agency) {
        if (stored.containsKey(agency.getId().value())) {
            throw new AlreadyExistsException("AGENCY_EXISTS", Map.of("agencyId", agency.getId().value()));
        }
        stored.put(agency.getId().value(), copy(agency));
        return revisions.added(agency.getId().value());
    }

    @Override
    public long update(Agency agency, long expectedRevision) {
        long next = revisions.change(agency.getId().value(), expectedRevision);
        stored.put(agency.getId().value(), copy(agency));
        return next;
    }

    private Stored stored(Agency agency) {
        return new Stored(copy(agency), revisions.of(agency.getId().value()));
    }

    private static Agency copy(Agency a) {
        return Agency.restore(a.getId(), a.getDetails(), a.getEvaluators());
    }
}
