package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.campaign.CampaignCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The campaigns the actor may see (those addressed to a unit of its scope), newest first, without progress. */
public interface ListCampaignsQuery {

    Page<CampaignDetails> listCampaigns(Actor actor, CampaignCriteria criteria, Paging paging);
}
