package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.List;
import java.util.Objects;

/** Finance addressed a campaign to units it had missed (查缺补漏). */
public record CampaignTargetsAdded(CampaignId campaignId, List<UnitCode> units) implements DomainEvent {

    public CampaignTargetsAdded {
        Objects.requireNonNull(campaignId, "campaignId");
        units = List.copyOf(units);
    }

    @Override
    public String action() {
        return "update";
    }
}
