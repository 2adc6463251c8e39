package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.OwedCampaignWork;
import cn.gov.daxiang.perf.domain.review.ReviewState;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The real work behind a campaign's progress, read from the goals, reports and evaluations as they are stored. */
public interface CampaignWorkRepository {

    /**
     * @param expectedGoals the unit's goals it {@linkplain OwedCampaignWork#owes owes} an item for
     * @param items         the state of each report or self-evaluation that {@linkplain OwedCampaignWork#counts counts}, by goal
     */
    record UnitWork(Set<UUID> expectedGoals, Map<UUID, ReviewState> items) {
    }

    /** Each unit's work, in a fixed number of statements whatever the number of units; units without any are absent. */
    Map<UnitCode, UnitWork> work(OwedCampaignWork owed, Collection<UnitCode> units);
}
