package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.CampaignWorkRepository;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.OwedCampaignWork;
import cn.gov.daxiang.perf.domain.review.ReviewState;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A campaign's work read from the goal, report and evaluation fakes, as the adapter reads it from their tables. */
public class InMemoryCampaignWorkRepository implements CampaignWorkRepository {

    private final InMemoryGoalRepository goals;
    private final InMemoryMonitoringReportRepository reports;
    private final InMemorySelfEvaluationRepository evaluations;

    public InMemoryCampaignWorkRepository(InMemoryGoalRepository goals, InMemoryMonitoringReportRepository reports,
                                          InMemorySelfEvaluationRepository evaluations) {
        this.goals = goals;
        this.reports = reports;
        this.evaluations = evaluations;
    }

    @Override
    public Map<UnitCode, UnitWork> work(OwedCampaignWork owed, Collection<UnitCode> units) {
        Set<UnitCode> wanted = new HashSet<>(units);
        Map<UnitCode, Set<UUID>> expected = new HashMap<>();
        Map<UnitCode, Map<UUID, ReviewState>> items = new HashMap<>();
        goals.all().stream()
                .filter(g -> wanted.contains(g.getUnitCode()) && owed.owes(g))
                .forEach(g -> expected.computeIfAbsent(g.getUnitCode(), u -> new HashSet<>()).add(g.getId().value()));
        reports.all().stream().filter(r -> wanted.contains(r.getUnitCode()) && owed.counts(r))
                .forEach(r -> items.computeIfAbsent(r.getUnitCode(), u -> new HashMap<>()).put(r.getGoal().goalId(), r.getStatus()));
        evaluations.all().stream().filter(e -> wanted.contains(e.getUnitCode()) && owed.counts(e))
                .forEach(e -> items.computeIfAbsent(e.getUnitCode(), u -> new HashMap<>()).put(e.getGoal().goalId(), e.getStatus()));
        Map<UnitCode, UnitWork> work = new HashMap<>();
        for (UnitCode unit : wanted) {
            if (expected.containsKey(unit) || items.containsKey(unit)) {
                work.put(unit, new UnitWork(expected.getOrDefault(unit, Set.of()), items.getOrDefault(unit, Map.of())));
            }
        }
        return work;
    }
}
