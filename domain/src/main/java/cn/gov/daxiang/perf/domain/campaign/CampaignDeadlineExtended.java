package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/** Finance gave a campaign's units more time. */
public record CampaignDeadlineExtended(CampaignId campaignId, LocalDate deadline) implements DomainEvent {

    public CampaignDeadlineExtended {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(deadline, "deadline");
    }

    @Override
    public String action() {
        return "update";
    }
}
