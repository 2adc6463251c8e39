package cn.gov.daxiang.perf.adapter.rest.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Rectification status (整改情况) of a year's evaluations, on {@code asOf}: counts by state, overdue and reported late,
 * in total and per responsible unit.
 */
public record RectificationSummaryResponse(int year, LocalDate asOf, Counts total, List<UnitLine> units) {

    public record Counts(long items, Map<String, Long> byState, long overdue, long reportedLate) {
    }

    public record UnitLine(String unitCode, Counts counts) {
    }
}
