package cn.gov.daxiang.perf.adapter.persistence.campaign;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.application.port.out.CampaignWorkRepository;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.OwedCampaignWork;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A campaign's real work, read straight from the stored goals, reports and evaluations: two statements per 500
 * units (the approved goals owed, the items done), whatever the number of goals.
 */
@ApplicationScoped
public class CampaignWorkPersistenceAdapter implements CampaignWorkRepository {

    private final EntityManager em;

    @Inject
    public CampaignWorkPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UnitCode, UnitWork> work(OwedCampaignWork owed, Collection<UnitCode> units) {
        Map<String, Set<UUID>> expected = new HashMap<>();
        Map<String, Map<UUID, ReviewState>> items = new HashMap<>();
        FiscalYear fiscalYear = owed.fiscalYear();
        List<String> kinds = owed.goalKinds().stream().map(GoalKind::name).toList();
        // OwedCampaignWork#owes: a goal "has an approved version" when the latest approved version's number is set
        Chunks.of(units.stream().map(UnitCode::value).toList()).forEach(chunk -> {
            em.createQuery("select g.unitCode, g.goalId from PerformanceGoalJpaEntity g where g.fiscalYear = :year"
                            + " and g.approvedVersionNo is not null and g.kind in :kinds and g.unitCode in :units", Object[].class)
                    .setParameter("year", fiscalYear.value()).setParameter("kinds", kinds).setParameter("units", chunk)
                    .getResultList().forEach(r -> expected.computeIfAbsent((String) r[0], u -> new HashSet<>()).add((UUID) r[1]));
            List<Object[]> done = owed.round() != null
                    ? em.createQuery("select r.unitCode, r.goalId, r.status from MonitoringReportJpaEntity r"
                                    + " where r.roundId = :round and r.unitCode in :units", Object[].class)
                            .setParameter("round", owed.round().value()).setParameter("units", chunk).getResultList()
                    : em.createQuery("select e.unitCode, e.goalId, e.status from SelfEvaluationJpaEntity e where e.fiscalYear = :year"
                                    + " and e.kind in :kinds and e.unitCode in :units", Object[].class)
                            .setParameter("year", fiscalYear.value()).setParameter("kinds", owed.evaluationKinds().stream().map(Enum::name).toList())
                            .setParameter("units", chunk).getResultList();
            done.forEach(r -> items.computeIfAbsent((String) r[0], u -> new HashMap<>()).put((UUID) r[1], ReviewState.valueOf((String) r[2])));
        });
        Map<UnitCode, UnitWork> work = new HashMap<>();
        for (UnitCode unit : units) {
            Set<UUID> goalsOwed = expected.get(unit.value());
            Map<UUID, ReviewState> unitItems = items.get(unit.value());
            if (goalsOwed != null || unitItems != null) {
                work.put(unit, new UnitWork(goalsOwed == null ? Set.of() : goalsOwed, unitItems == null ? Map.of() : unitItems));
            }
        }
        return work;
    }
}
