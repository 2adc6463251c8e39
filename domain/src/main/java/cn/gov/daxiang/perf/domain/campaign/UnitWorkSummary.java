package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.review.ReviewState;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a unit has done for a campaign, summarised by the application from the unit's work items (its
 * monitoring reports or self-evaluations of the campaign's year).
 *
 * @param hasDraft  at least one work item has been begun
 * @param submitted every work item is at least submitted
 * @param approved  every work item is finally approved (FINANCE_REVIEWED)
 */
public record UnitWorkSummary(UnitCode unitCode, boolean hasDraft, boolean submitted, boolean approved) {

    public UnitWorkSummary {
        Objects.requireNonNull(unitCode, "unitCode");
    }

    /**
     * A unit's summary from its work: {@code expected} are the goals it owes work for (its approved goals in
     * the campaign's scope), {@code items} the state of each work item it has (by goal; items for goals not
     * expected count too, a goal approved after the work began, say). Begun when any item exists; submitted
     * when every goal owed or worked on has a submitted item; approved when every one is finally approved
     * (FINANCE_REVIEWED). A unit that owes nothing and has done nothing has not begun.
     */
    public static UnitWorkSummary of(UnitCode unitCode, Collection<UUID> expected, Map<UUID, ReviewState> items) {
        Set<UUID> owed = new HashSet<>(expected);
        owed.addAll(items.keySet());
        boolean submitted = !owed.isEmpty() && owed.stream().allMatch(g -> items.containsKey(g) && items.get(g).isSubmitted());
        boolean approved = !owed.isEmpty() && owed.stream().allMatch(g -> items.get(g) == ReviewState.FINANCE_REVIEWED);
        return new UnitWorkSummary(unitCode, !items.isEmpty(), submitted, approved);
    }

    public static UnitWorkSummary notStarted(UnitCode unitCode) {
        return new UnitWorkSummary(unitCode, false, false, false);
    }

    public static UnitWorkSummary drafting(UnitCode unitCode) {
        return new UnitWorkSummary(unitCode, true, false, false);
    }

    public static UnitWorkSummary submitted(UnitCode unitCode) {
        return new UnitWorkSummary(unitCode, false, true, false);
    }

    public static UnitWorkSummary approved(UnitCode unitCode) {
        return new UnitWorkSummary(unitCode, false, true, true);
    }
}
