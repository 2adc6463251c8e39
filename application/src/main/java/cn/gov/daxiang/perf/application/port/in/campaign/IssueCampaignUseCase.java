package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance issues a monitoring round or a self-evaluation to a set of units, with a deadline and the money each covers. */
public interface IssueCampaignUseCase {

    CampaignDetails issueCampaign(Actor actor, IssueCampaignCommand command);
}
