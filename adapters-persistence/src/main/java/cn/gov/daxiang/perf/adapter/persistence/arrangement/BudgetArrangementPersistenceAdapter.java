package cn.gov.daxiang.perf.adapter.persistence.arrangement;

import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.application.port.out.BudgetArrangementRepository;
import cn.gov.daxiang.perf.domain.arrangement.ArrangementRevision;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Arrangements and their revisions (only ever appended); one arrangement is read in two statements. */
@ApplicationScoped
public class BudgetArrangementPersistenceAdapter implements BudgetArrangementRepository {

    private final BudgetArrangementPanacheRepository roots;
    private final BudgetArrangementRevisionPanacheRepository revisions;
    private final BudgetArrangementPersistenceMapper mapper;

    @Inject
    public BudgetArrangementPersistenceAdapter(BudgetArrangementPanacheRepository roots, BudgetArrangementRevisionPanacheRepository revisions,
                                               BudgetArrangementPersistenceMapper mapper) {
        this.roots = roots;
        this.revisions = revisions;
        this.mapper = mapper;
    }

    @Override
    public Optional<Stored> findByProject(ProjectCode projectCode) {
        return roots.find("projectCode", projectCode.value()).firstResultOptional()
                .map(root -> new Stored(mapper.toDomain(root, revisions.list("arrangementPk", Sort.by("number"), root.id)), root.version));
    }

    @Override
    public long add(BudgetArrangement arrangement) {
        if (roots.count("projectCode", arrangement.getProjectCode().value()) > 0) {
            throw alreadySet(arrangement);
        }
        BudgetArrangementJpaEntity root = new BudgetArrangementJpaEntity();
        mapper.copyToRoot(arrangement, root);
        root.createdAt = now();
        root.updatedAt = root.createdAt;
        roots.persist(root);
        insert(root, arrangement.getRevisions());
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_budget_arrangement_project")) {
                throw alreadySet(arrangement);
            }
            throw e;
        }
        return root.version;
    }

    @Override
    public long update(BudgetArrangement arrangement, long expectedRevision) {
        BudgetArrangementJpaEntity root = roots.find("projectCode", arrangement.getProjectCode().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("arrangement of " + arrangement.getProjectCode() + " was never stored"));
        RevisionLocks.lockForChange(em(), root, r -> r.version, expectedRevision, BudgetArrangement.AUDIT_TYPE,
                arrangement.getProjectCode().value());
        mapper.copyToRoot(arrangement, root);
        root.updatedAt = now();
        long stored = revisions.count("arrangementPk", root.id);
        List<ArrangementRevision> all = arrangement.getRevisions();
        insert(root, all.subList((int) stored, all.size()));
        em().flush();
        return root.version;
    }

    private void insert(BudgetArrangementJpaEntity root, List<ArrangementRevision> added) {
        for (ArrangementRevision revision : added) {
            BudgetArrangementRevisionJpaEntity row = mapper.toEntity(revision);
            row.arrangementPk = root.id;
            revisions.persist(row);
        }
    }

    private static AlreadyExistsException alreadySet(BudgetArrangement arrangement) {
        return new AlreadyExistsException("ARRANGEMENT_ALREADY_SET", Map.of("projectCode", arrangement.getProjectCode().value()));
    }

    private EntityManager em() {
        return roots.getEntityManager();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
