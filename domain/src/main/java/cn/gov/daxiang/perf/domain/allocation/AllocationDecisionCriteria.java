package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/** Which decisions a list holds. Every criterion is optional (null); an absent one matches all. */
public record AllocationDecisionCriteria(FiscalYear budgetYear, Treatment treatment, UnitCode unitCode, AllocationDecisionState state) {

    public static AllocationDecisionCriteria ofBudgetYear(FiscalYear budgetYear) {
        return new AllocationDecisionCriteria(budgetYear, null, null, null);
    }

    /** Whether a decision matches (the in-memory fake filters with it; the JPA adapter translates it to SQL). */
    public boolean matches(AllocationDecision decision) {
        return (budgetYear == null || budgetYear.equals(decision.getBudgetYear()))
                && (treatment == null || treatment == decision.getTreatment())
                && (unitCode == null || unitCode.equals(decision.getObject().unitCode()))
                && (state == null || state == decision.getState());
    }
}
