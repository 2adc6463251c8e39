package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance issued a campaign (工作任务) to its target units. */
public record CampaignIssued(CampaignId campaignId, CampaignScope scope) implements DomainEvent {

    public CampaignIssued {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public String action() {
        return "create";
    }
}
