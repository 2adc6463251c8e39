package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.domain.execution.ExecutionSource;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The columns of a reported execution (effective figures, source, province's figures, as-of, reason, flag). */
public final class ExecutionColumns {

    /** The columns as one value, in and out of the root rows that hold them. */
    public record Row(BigDecimal adjustedBudget, BigDecimal executed, String source, BigDecimal provinceAdjustedBudget,
                      BigDecimal provinceExecuted, LocalDate asOf, String overrideReason, boolean flagged) {
    }

    private ExecutionColumns() {
    }

    public static ReportedExecution read(Row row) {
        if (row.adjustedBudget() == null) {
            return null;
        }
        BudgetExecution figures = BudgetExecution.of(new Money(row.adjustedBudget()), new Money(row.executed()));
        ExecutionSource source = row.source() == null ? ExecutionSource.UNIT : ExecutionSource.valueOf(row.source());
        if (source == ExecutionSource.UNIT) {
            return ReportedExecution.unit(figures);
        }
        BudgetExecution province = BudgetExecution.of(new Money(row.provinceAdjustedBudget()), new Money(row.provinceExecuted()));
        return new ReportedExecution(figures, source, province, row.asOf(), row.overrideReason(), row.flagged());
    }

    public static Row write(ReportedExecution reported) {
        if (reported == null) {
            return new Row(null, null, null, null, null, null, null, false);
        }
        BudgetExecution province = reported.provinceFigures();
        return new Row(reported.figures().adjustedBudget().amount(), reported.figures().executed().amount(), reported.source().name(),
                province == null ? null : province.adjustedBudget().amount(), province == null ? null : province.executed().amount(),
                reported.asOf(), reported.overrideReason(), reported.flagged());
    }
}
