package cn.gov.daxiang.perf.application.port.in.allocation;

import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.List;

/**
 * The read port for reports (the annual report's "allocation decisions by treatment with money"): every decision of
 * a budget year, district-wide, with its base and adjusted amount ({@link AllocationDecision#getBase},
 * {@link AllocationDecision#getAdjustedAmount}); the caller checks who may read the report.
 */
public interface AllocationDecisionsOfBudgetYearQuery {

    /** @param confirmedOnly only CONFIRMED decisions (not proposals, not superseded ones) */
    List<AllocationDecision> allocationDecisionsOfBudgetYear(FiscalYear budgetYear, boolean confirmedOnly);
}
