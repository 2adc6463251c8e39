package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCriteria;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Optional;

public interface CampaignRepository {

    record Stored(Campaign campaign, long revision) {
    }

    /** One campaign with its targets, in two statements. */
    Optional<Stored> findById(CampaignId id);

    /** The matching campaigns addressed to a unit in {@code scope} (every campaign for an unrestricted scope), newest first. */
    Page<Stored> find(CampaignCriteria criteria, DataScope scope, Paging paging);

    long add(Campaign campaign);

    long update(Campaign campaign, long expectedRevision);
}
