package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance addresses a campaign to units it missed (查缺补漏). */
public interface AddCampaignTargetsUseCase {

    CampaignDetails addCampaignTargets(Actor actor, AddCampaignTargetsCommand command);
}
