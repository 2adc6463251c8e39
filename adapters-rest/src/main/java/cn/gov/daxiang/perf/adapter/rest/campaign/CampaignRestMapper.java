package cn.gov.daxiang.perf.adapter.rest.campaign;

import cn.gov.daxiang.perf.adapter.rest.request.DomainRefusals;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.port.in.campaign.CampaignDetails;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCoverage;
import cn.gov.daxiang.perf.domain.campaign.CampaignProgress;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import org.mapstruct.Mapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Mapper
public interface CampaignRestMapper {

    default CampaignResponse toResponse(CampaignDetails details) {
        Campaign campaign = details.campaign();
        return new CampaignResponse(campaign.getId().toString(), campaign.getTitle(), Coded.of(campaign.getKind()),
                campaign.getFiscalYear().value(), campaign.getScope().roundId() == null ? null : campaign.getScope().roundId().toString(),
                Coded.of(campaign.getScope().evaluationKind()), campaign.getDeadline(),
                campaign.getIssuedBy().value(), details.revision(), details.visibleTargets().size(), details.visibleAmount().amount(),
                details.coverageIfRead().map(c -> progress(details, c)).orElse(null));
    }

    default CampaignResponse.Progress progress(CampaignDetails details, CampaignCoverage coverage) {
        List<CampaignResponse.ProgressCount> counts = new ArrayList<>();
        coverage.counts().forEach((status, n) -> counts.add(new CampaignResponse.ProgressCount(Coded.of(status), n)));
        List<CampaignResponse.UnitLine> lines = new ArrayList<>();
        coverage.statuses().forEach((unit, status) -> lines.add(line(details, unit, status, coverage.amounts().get(unit))));
        return new CampaignResponse.Progress(details.asOf(), counts, coverage.completedUnits(), coverage.completedAmount().amount(),
                coverage.completionShare().value(), coverage.completedAmountShare().map(Percentage::value).orElse(null),
                coverage.submittedUnits(), coverage.submittedAmount().amount(), coverage.submissionShare().value(),
                coverage.submittedAmountShare().map(Percentage::value).orElse(null), lines);
    }

    /** The targets of a request as the domain takes them; a refused unit or amount is named by its path. */
    static List<CampaignTarget> targets(String path, List<CampaignRequests.TargetRequest> given) {
        List<CampaignTarget> targets = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = path + "[" + i + "]";
            CampaignRequests.TargetRequest target = given.get(i);
            Money amount = DomainRefusals.at(at + ".amount", () -> new Money(target.amount()));
            targets.add(DomainRefusals.at(at, () -> CampaignTarget.of(target.unitCode(), amount)));
        }
        return targets;
    }

    default CampaignResponse.UnitLine line(CampaignDetails details, UnitCode unit, CampaignProgress status, Money amount) {
        return new CampaignResponse.UnitLine(unit.value(), details.unitNames().get(unit), amount.amount(), Coded.of(status));
    }
}
