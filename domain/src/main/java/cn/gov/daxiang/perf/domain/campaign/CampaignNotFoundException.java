package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No campaign with this id, or one the caller may not see. */
public class CampaignNotFoundException extends NotFoundException {

    public CampaignNotFoundException(CampaignId id) {
        super("CAMPAIGN_NOT_FOUND", Map.of("id", id.toString()));
    }
}
