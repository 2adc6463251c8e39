package cn.gov.daxiang.perf.adapter.persistence.campaign;

import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.CampaignRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCriteria;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Campaigns and their targets; one campaign is read in two statements, a page in three. */
@ApplicationScoped
public class CampaignPersistenceAdapter implements CampaignRepository {

    private final CampaignPanacheRepository roots;
    private final CampaignTargetPanacheRepository targets;
    private final CampaignPersistenceMapper mapper;

    @Inject
    public CampaignPersistenceAdapter(CampaignPanacheRepository roots, CampaignTargetPanacheRepository targets, CampaignPersistenceMapper mapper) {
        this.roots = roots;
        this.targets = targets;
        this.mapper = mapper;
    }

    @Override
    public Optional<Stored> findById(CampaignId id) {
        return roots.find("campaignId", id.value()).firstResultOptional()
                .map(root -> new Stored(mapper.toDomain(root, targets.list("campaignPk", Sort.by("ordinal"), root.id)), root.version));
    }

    @Override
    public Page<Stored> find(CampaignCriteria criteria, DataScope scope, Paging paging) {
        if (scope.isEmpty()) {
            return Page.of(List.of(), paging, 0);
        }
        DynamicQuery query = new DynamicQuery();
        if (!scope.unrestricted()) {
            query.and("id in (select t.campaignPk from CampaignTargetJpaEntity t where t.unitCode in :scope)", "scope", DynamicQuery.codes(scope));
        }
        criteria.fiscalYearFilter().ifPresent(y -> query.and("fiscalYear = :fiscalYear", "fiscalYear", y.value()));
        criteria.kindFilter().ifPresent(k -> query.and("kind = :kind", "kind", k.name()));
        Page<CampaignJpaEntity> page = query.page(roots, Sort.descending("id"), paging);
        Map<Long, List<CampaignTargetJpaEntity>> byCampaign = new HashMap<>();
        Chunks.of(page.items().stream().map(r -> r.id).toList())
                .flatMap(ids -> targets.list("campaignPk in ?1", Sort.by("campaignPk").and("ordinal"), ids).stream())
                .forEach(t -> byCampaign.computeIfAbsent(t.campaignPk, k -> new ArrayList<>()).add(t));
        return page.map(root -> new Stored(mapper.toDomain(root, byCampaign.getOrDefault(root.id, List.of())), root.version));
    }

    @Override
    public long add(Campaign campaign) {
        CampaignJpaEntity root = new CampaignJpaEntity();
        mapper.copyToRoot(campaign, root);
        root.createdAt = now();
        root.updatedAt = root.createdAt;
        roots.persist(root);
        insertTargets(root, campaign.getTargets(), 0);
        em().flush();
        return root.version;
    }

    @Override
    public long update(Campaign campaign, long expectedRevision) {
        CampaignJpaEntity root = roots.find("campaignId", campaign.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("campaign " + campaign.getId() + " was never stored"));
        RevisionLocks.lockForChange(em(), root, r -> r.version, expectedRevision, Campaign.AUDIT_TYPE, campaign.getId().toString());
        mapper.copyToRoot(campaign, root);
        root.updatedAt = now();
        // Targets are only ever added (at the end), never changed or removed.
        long stored = targets.count("campaignPk", root.id);
        List<CampaignTarget> all = campaign.getTargets();
        insertTargets(root, all.subList((int) stored, all.size()), (int) stored);
        em().flush();
        return root.version;
    }

    private void insertTargets(CampaignJpaEntity root, List<CampaignTarget> added, int firstOrdinal) {
        for (int i = 0; i < added.size(); i++) {
            CampaignTargetJpaEntity entity = mapper.toEntity(added.get(i));
            entity.campaignPk = root.id;
            entity.ordinal = firstOrdinal + i;
            targets.persist(entity);
        }
    }

    private EntityManager em() {
        return roots.getEntityManager();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
