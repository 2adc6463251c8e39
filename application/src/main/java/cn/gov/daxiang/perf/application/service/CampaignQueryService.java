package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.campaign.CampaignDetails;
import cn.gov.daxiang.perf.application.port.in.campaign.FindCampaignQuery;
import cn.gov.daxiang.perf.application.port.in.campaign.ListCampaignsQuery;
import cn.gov.daxiang.perf.application.port.out.CampaignRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.campaign.CampaignCriteria;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


@ApplicationScoped
@Transactional
public class CampaignQueryService implements FindCampaignQuery, ListCampaignsQuery {

    private final CampaignRepository campaigns;
    private final CampaignProgressReader progress;
    private final DataScopes scopes;

    @Inject
    public CampaignQueryService(CampaignRepository campaigns, CampaignProgressReader progress, DataScopes scopes) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.scopes = scopes;
    }

    @Override
    public CampaignDetails findCampaign(Actor actor, CampaignId id) {
        CampaignRepository.Stored stored = progress.visible(actor, id);
        return progress.details(actor, stored.campaign(), stored.revision());
    }

    @Override
    public Page<CampaignDetails> listCampaigns(Actor actor, CampaignCriteria criteria, Paging paging) {
        DataScope scope = scopes.readScope(actor);
        return campaigns.find(criteria, scope, paging).map(s -> progress.summary(actor, s.campaign(), s.revision(), scope));
    }
}
