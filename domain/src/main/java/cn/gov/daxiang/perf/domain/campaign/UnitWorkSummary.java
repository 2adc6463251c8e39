package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.util.Objects;

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
