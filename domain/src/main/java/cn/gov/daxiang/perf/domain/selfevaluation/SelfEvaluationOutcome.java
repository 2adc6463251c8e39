package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * What the annual statistics count of a self-evaluation with a result: whose, of which year and kind, how far it was
 * reviewed, its grade and its adjusted budget (全年预算数). A store reads these without the indicator lines.
 *
 * @param adjustedBudget {@link Money#ZERO} when no execution was entered
 */
public record SelfEvaluationOutcome(SelfEvaluationKind kind, UnitCode unitCode, FiscalYear fiscalYear, ReviewState status,
                                    Grade grade, Money adjustedBudget) {

    public SelfEvaluationOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(adjustedBudget, "adjustedBudget");
    }

    /** The outcome of an evaluation; empty while it has no result. */
    public static Optional<SelfEvaluationOutcome> of(SelfEvaluation evaluation) {
        return evaluation.getResult().map(result -> new SelfEvaluationOutcome(evaluation.getKind(), evaluation.getUnitCode(),
                evaluation.getFiscalYear(), evaluation.getStatus(), result.grade(),
                evaluation.getExecution().map(BudgetExecution::adjustedBudget).orElse(Money.ZERO)));
    }
}
