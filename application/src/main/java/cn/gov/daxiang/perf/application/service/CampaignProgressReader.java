package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.campaign.CampaignDetails;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignWorkRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCoverage;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignNotFoundException;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.campaign.OwedCampaignWork;
import cn.gov.daxiang.perf.domain.campaign.UnitWorkSummary;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's progress today, computed from the units' real reports and evaluations (never stored), and
 * shown only as far as the caller may see: finance and auditors every unit, a department its units, a unit itself.
 */
@ApplicationScoped
public class CampaignProgressReader {

    private final CampaignRepository campaigns;
    private final CampaignWorkRepository work;
    private final BudgetUnitRepository units;
    private final DataScopes scopes;
    private final Clock clock;

    @Inject
    public CampaignProgressReader(CampaignRepository campaigns, CampaignWorkRepository work, BudgetUnitRepository units,
                                  DataScopes scopes, Clock clock) {
        this.campaigns = campaigns;
        this.work = work;
        this.units = units;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The campaign if the actor may see it; not found otherwise. */
    public CampaignRepository.Stored visible(Actor actor, CampaignId id) {
        CampaignRepository.Stored stored = campaigns.findById(id).orElseThrow(() -> new CampaignNotFoundException(id));
        List<UnitCode> targets = stored.campaign().getTargets().stream().map(CampaignTarget::unitCode).toList();
        if (!EvaluationAccessPolicy.canSeeCampaign(actor, targets, scopes.readScope(actor))) {
            throw new CampaignNotFoundException(id);
        }
        return stored;
    }

    public CampaignDetails details(Actor actor, Campaign campaign, long revision) {
        DataScope scope = scopes.readScope(actor);
        List<UnitCode> visibleUnits = campaign.getTargets().stream().map(CampaignTarget::unitCode)
                .filter(u -> EvaluationAccessPolicy.canSeeCampaignLine(actor, u, scope)).toList();
        Map<UnitCode, CampaignWorkRepository.UnitWork> done = work.work(OwedCampaignWork.of(campaign), visibleUnits);
        List<UnitWorkSummary> summaries = new ArrayList<>();
        done.forEach((unit, w) -> summaries.add(UnitWorkSummary.of(unit, w.expectedGoals(), w.items())));
        LocalDate today = DistrictCalendar.today(clock);
        CampaignCoverage coverage = campaign.coverage(summaries, today).restrictedTo(visibleUnits::contains);
        Map<UnitCode, String> names = new HashMap<>();
        units.findByCodes(visibleUnits).forEach(u -> names.put(u.getCode(), u.getName()));
        return new CampaignDetails(campaign, revision, visibleTargets(actor, campaign, scope), coverage, today, names);
    }

    /** The campaign without its progress (lists), showing only the targets the actor may see. */
    public CampaignDetails summary(Actor actor, Campaign campaign, long revision, DataScope scope) {
        return new CampaignDetails(campaign, revision, visibleTargets(actor, campaign, scope), null, null, Map.of());
    }

    private static List<CampaignTarget> visibleTargets(Actor actor, Campaign campaign, DataScope scope) {
        return campaign.getTargets().stream().filter(t -> EvaluationAccessPolicy.canSeeCampaignLine(actor, t.unitCode(), scope)).toList();
    }
}
