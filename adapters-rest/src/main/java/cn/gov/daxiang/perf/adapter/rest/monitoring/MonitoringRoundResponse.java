package cn.gov.daxiang.perf.adapter.rest.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A monitoring round: the period (1–cutOffMonth), 序时进度, due date, warning thresholds and its revision (also the ETag). */
public record MonitoringRoundResponse(String id, int fiscalYear, int cutOffMonth, String periodLabel, BigDecimal timeProgress,
                                      LocalDate dueDate, BigDecimal yellowLagAbove, BigDecimal redLagAbove, long revision) {
}
