package cn.gov.daxiang.perf.adapter.persistence.agency;

import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.Agency;
import cn.gov.daxiang.perf.domain.agency.AgencyEvaluator;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agencies and their rosters; one agency in two statements, the register in two. The roster is replaced whole on a change. */
@ApplicationScoped
public class AgencyPersistenceAdapter implements AgencyRepository {

    private final AgencyPanacheRepository roots;
    private final AgencyEvaluatorPanacheRepository evaluators;
    private final AgencyPersistenceMapper mapper;

    @Inject
    public AgencyPersistenceAdapter(AgencyPanacheRepository roots, AgencyEvaluatorPanacheRepository evaluators, AgencyPersistenceMapper mapper) {
        this.roots = roots;
        this.evaluators = evaluators;
        this.mapper = mapper;
    }

    @Override
    public Optional<Stored> findById(AgencyId id) {
        return roots.find("agencyId", id.value()).firstResultOptional()
                .map(root -> new Stored(mapper.toDomain(root, evaluators.list("agencyPk", Sort.by("ordinal"), root.id)), root.version));
    }

    @Override
    public List<Stored> findAll() {
        List<AgencyJpaEntity> all = roots.listAll(Sort.by("agencyId"));
        Map<Long, List<AgencyEvaluatorJpaEntity>> byAgency = new HashMap<>();
        evaluators.listAll(Sort.by("agencyPk").and("ordinal")).forEach(e -> byAgency.computeIfAbsent(e.agencyPk, k -> new ArrayList<>()).add(e));
        return all.stream().map(root -> new Stored(mapper.toDomain(root, byAgency.getOrDefault(root.id, List.of())), root.version)).toList();
    }

    @Override
    public long add(Agency agency) {
        if (roots.count("agencyId", agency.getId().value()) > 0) {
            throw new AlreadyExistsException("AGENCY_EXISTS", Map.of("agencyId", agency.getId().value()));
        }
        AgencyJpaEntity root = new AgencyJpaEntity();
        mapper.copyToRoot(agency, root);
        root.createdAt = now();
        root.updatedAt = root.createdAt;
        roots.persist(root);
        insertRoster(root, agency.getEvaluators());
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_agency_id")) {
                throw new AlreadyExistsException("AGENCY_EXISTS", Map.of("agencyId", agency.getId().value()));
            }
            throw e;
        }
        return root.version;
    }

    @Override
    public long update(Agency agency, long expectedRevision) {
        AgencyJpaEntity root = roots.find("agencyId", agency.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("agency " + agency.getId() + " was never stored"));
        RevisionLocks.lockForChange(em(), root, r -> r.version, expectedRevision, Agency.AUDIT_TYPE, agency.getId().value());
        mapper.copyToRoot(agency, root);
        root.updatedAt = now();
        evaluators.delete("agencyPk", root.id);
        em().flush();
        insertRoster(root, agency.getEvaluators());
        em().flush();   // updated_at changed, so the revision moves on even when only the roster did
        return root.version;
    }

    private void insertRoster(AgencyJpaEntity root, List<AgencyEvaluator> roster) {
        for (int i = 0; i < roster.size(); i++) {
            AgencyEvaluatorJpaEntity entity = mapper.toEntity(roster.get(i));
            entity.agencyPk = root.id;
            entity.ordinal = i;
            evaluators.persist(entity);
        }
    }

    private EntityManager em() {
        return roots.getEntityManager();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
