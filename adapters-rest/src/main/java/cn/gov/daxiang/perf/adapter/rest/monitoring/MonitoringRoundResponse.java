package cn.gov.daxiang.perf.adapter.rest.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A monitoring round: the period (1–cutOffMonth), 序时进度, due date, warning thresholds and its revision (also the ETag). */
@Schema(name = "MonitoringRound", requiredProperties = {"id", "fiscalYear", "cutOffMonth", "periodLabel", "timeProgress", "dueDate",
        "yellowLagAbove", "redLagAbove", "revision"})
public record MonitoringRoundResponse(@Schema(format = "uuid") String id, int fiscalYear, int cutOffMonth, String periodLabel,
                                      BigDecimal timeProgress, LocalDate dueDate, BigDecimal yellowLagAbove, BigDecimal redLagAbove,
                                      long revision) {
}
