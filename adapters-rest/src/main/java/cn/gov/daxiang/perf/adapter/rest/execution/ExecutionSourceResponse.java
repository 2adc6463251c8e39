package cn.gov.daxiang.perf.adapter.rest.execution;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.execution.ExecutionSource;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.Percentage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a report's execution figures come from: {@code source} PROVINCE (the synced figures as of {@code asOf}),
 * UNIT_OVERRIDE (the unit's, with {@code overrideReason}, beside {@code provinceFigures} and the {@code deviation}
 * unit − province; {@code flagged} beyond the tolerance) or UNIT (no synced figures for the object: the unit's own).
 */
public record ExecutionSourceResponse(Coded<ExecutionSource> source, LocalDate asOf, Figures provinceFigures, String overrideReason,
                                      Deviation deviation, boolean flagged) {

    @Schema(name = "ExecutionFigures", requiredProperties = {"adjustedBudget", "executed"})
    public record Figures(BigDecimal adjustedBudget, BigDecimal executed, BigDecimal rate) {
    }

    @Schema(name = "ExecutionDeviation", requiredProperties = {"adjustedBudget", "executed"})
    public record Deviation(BigDecimal adjustedBudget, BigDecimal executed) {
    }

    public static ExecutionSourceResponse of(ReportedExecution reported) {
        if (reported == null) {
            return null;
        }
        BudgetExecution province = reported.provinceFigures();
        return new ExecutionSourceResponse(Coded.of(reported.source()), reported.asOf(),
                province == null ? null : new Figures(province.adjustedBudget().amount(), province.executed().amount(),
                        province.rate().map(Percentage::value).orElse(null)),
                reported.overrideReason(),
                reported.deviation().map(d -> new Deviation(d.adjustedBudget().amount(), d.executed().amount())).orElse(null),
                reported.flagged());
    }
}
