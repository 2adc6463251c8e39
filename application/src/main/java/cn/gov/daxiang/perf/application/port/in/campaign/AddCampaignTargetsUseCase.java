package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;

import java.util.List;

/** Finance addresses a campaign to units it missed (查缺补漏). */
public interface AddCampaignTargetsUseCase {

    CampaignDetails addCampaignTargets(Actor actor, CampaignId id, long revision, List<CampaignTarget> targets);
}
