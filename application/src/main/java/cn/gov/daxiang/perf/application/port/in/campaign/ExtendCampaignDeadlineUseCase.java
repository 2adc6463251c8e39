package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance gives the units more time (a deadline is never brought forward). */
public interface ExtendCampaignDeadlineUseCase {

    CampaignDetails extendCampaignDeadline(Actor actor, ExtendCampaignDeadlineCommand command);
}
