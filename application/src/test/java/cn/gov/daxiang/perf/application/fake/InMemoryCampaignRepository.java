package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.CampaignRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCriteria;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Campaigns in memory, in issuing order. */
public class InMemoryCampaignRepository implements CampaignRepository {

    private final Map<CampaignId, Campaign> stored = new LinkedHashMap<>();
    private final Revisions<CampaignId> revisions = new Revisions<>(Campaign.AUDIT_TYPE);

    @Override
    public Optional<Stored> findById(CampaignId id) {
        return Optional.ofNullable(stored.get(id)).map(this::stored);
    }

    @Override
    public Page<Stored> find(CampaignCriteria criteria, DataScope scope, Paging paging) {
        List<Campaign> newestFirst = new ArrayList<>(stored.values());
        Collections.reverse(newestFirst);
        return Pages.of(newestFirst.stream()
                .filter(c -> scope.unrestricted() || c.getTargets().stream().anyMatch(t -> scope.includes(t.unitCode())))
                .filter(c -> criteria.fiscalYearFilter().map(c.getFiscalYear()::equals).orElse(true))
                .filter(c -> criteria.kindFilter().map(k -> k == c.getKind()).orElse(true))
                .map(this::stored).toList(), paging);
    }

    @Override
    public long add(Campaign campaign) {
        stored.put(campaign.getId(), Copies.of(campaign));
        return revisions.added(campaign.getId());
    }

    @Override
    public long update(Campaign campaign, long expectedRevision) {
        long next = revisions.change(campaign.getId(), expectedRevision);
        stored.put(campaign.getId(), Copies.of(campaign));
        return next;
    }

    private Stored stored(Campaign campaign) {
        return new Stored(Copies.of(campaign), revisions.of(campaign.getId()));
    }
}
