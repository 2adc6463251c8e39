package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCoverage;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign as stored, with its revision and, when asked for, its progress on {@code asOf}: each unit's
 * status computed from its real reports or evaluations, restricted to the units the caller may see.
 *
 * @param coverage  null in lists (the progress is read one campaign at a time)
 * @param unitNames the names of the units in the coverage
 */
public record CampaignDetails(Campaign campaign, long revision, CampaignCoverage coverage, LocalDate asOf,
                              Map<UnitCode, String> unitNames) {

    public CampaignDetails {
        unitNames = unitNames == null ? Map.of() : Map.copyOf(unitNames);
    }

    public Optional<CampaignCoverage> coverageIfRead() {
        return Optional.ofNullable(coverage);
    }
}
