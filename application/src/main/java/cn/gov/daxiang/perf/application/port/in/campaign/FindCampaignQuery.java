package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;

/** One campaign with its progress today, if the actor may see it (CampaignNotFoundException otherwise). */
public interface FindCampaignQuery {

    CampaignDetails findCampaign(Actor actor, CampaignId id);
}
