package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCoverage;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign as stored, with its revision and, when asked for, its progress on {@code asOf}: each unit's
 * status computed from its real reports or evaluations, restricted to the units the caller may see.
 *
 * @param visibleTargets the targets the caller may see (all of them for finance and auditors), in the campaign's order
 * @param coverage  null in lists (the progress is read one campaign at a time)
 * @param unitNames the names of the units in the coverage
 */
public record CampaignDetails(Campaign campaign, long revision, List<CampaignTarget> visibleTargets, CampaignCoverage coverage,
                              LocalDate asOf, Map<UnitCode, String> unitNames) {

    public CampaignDetails {
        visibleTargets = List.copyOf(visibleTargets);
        unitNames = unitNames == null ? Map.of() : Map.copyOf(unitNames);
    }

    /** The money of the targets the caller may see. */
    public Money visibleAmount() {
        return visibleTargets.stream().map(CampaignTarget::amount).reduce(Money.ZERO, Money::plus);
    }

    public Optional<CampaignCoverage> coverageIfRead() {
        return Optional.ofNullable(coverage);
    }
}
