package cn.gov.daxiang.perf.application.port.in.allocation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.keyevaluation.SelfAssessmentGaps;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/**
 * Per unit and plan year, the gap between the unit's own scores and the key evaluations' of the same objects, within
 * the caller's units (finance and auditors all, a department its units, a unit its own); computed now, never stored.
 */
public interface SelfAssessmentGapsQuery {

    /** @param unitCode null for every unit the caller may see */
    SelfAssessmentGaps selfAssessmentGaps(Actor actor, FiscalYear fromYear, FiscalYear toYear, UnitCode unitCode);
}
