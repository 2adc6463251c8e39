package cn.gov.daxiang.perf.adapter.rest.rectification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Rectification status (整改情况) of a year's evaluations, on {@code asOf}: counts by state, overdue and reported late,
 * in total and per responsible unit.
 */
@Schema(name = "RectificationSummary", requiredProperties = {"year", "asOf", "total", "units"})
public record RectificationSummaryResponse(int year, LocalDate asOf, Counts total, List<UnitLine> units) {

    /** {@code byState} is keyed by the state's code (ISSUED, IN_PROGRESS, REPORTED, RETURNED, VERIFIED). */
    @Schema(name = "RectificationCounts", requiredProperties = {"items", "byState", "overdue", "reportedLate"})
    public record Counts(long items, Map<String, Long> byState, long overdue, long reportedLate) {
    }

    @Schema(name = "RectificationSummaryUnit", requiredProperties = {"unitCode", "counts"})
    public record UnitLine(String unitCode, Counts counts) {
    }
}
