package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;

import java.time.LocalDate;

/** Finance gives the units more time (a deadline is never brought forward). */
public interface ExtendCampaignDeadlineUseCase {

    CampaignDetails extendCampaignDeadline(Actor actor, CampaignId id, long revision, LocalDate deadline);
}
