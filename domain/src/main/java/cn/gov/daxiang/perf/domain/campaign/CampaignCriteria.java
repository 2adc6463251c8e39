package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Optional;

/** Which campaigns a list should hold; every criterion is optional (null). */
public record CampaignCriteria(FiscalYear fiscalYear, CampaignKind kind) {

    public static CampaignCriteria any() {
        return new CampaignCriteria(null, null);
    }

    public Optional<FiscalYear> fiscalYearFilter() {
        return Optional.ofNullable(fiscalYear);
    }

    public Optional<CampaignKind> kindFilter() {
        return Optional.ofNullable(kind);
    }
}
