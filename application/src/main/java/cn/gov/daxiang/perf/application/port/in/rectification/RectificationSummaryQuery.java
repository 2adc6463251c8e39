package cn.gov.daxiang.perf.application.port.in.rectification;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.rectification.RectificationSummary;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/**
 * Rectification status (整改情况) of the items from the evaluations of a year (a key evaluation's plan year, a
 * self-evaluation's fiscal year) the actor may see, per responsible unit and in total, on the district's day today:
 * counts by state, overdue and reported late. The annual report reuses it.
 */
public interface RectificationSummaryQuery {

    RectificationSummary summarizeRectifications(Actor actor, FiscalYear year);
}
