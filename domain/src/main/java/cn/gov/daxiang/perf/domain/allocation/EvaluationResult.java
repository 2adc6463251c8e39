package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A final evaluation result a decision can rest on: a completed self-evaluation or an accepted key evaluation.
 *
 * @param evaluationId the evaluation's id (a self-evaluation's or a key evaluation's)
 * @param year         the evaluated year (a self-evaluation's fiscal year, a key evaluation's plan year)
 * @param concludedAt  when the result became final, to choose the latest of one type
 * @param base         the money the object had (元): the project's funds, or the unit's projects' funds of the year
 */
public record EvaluationResult(EvaluationType type, String evaluationId, AllocationObject object, GradedScore result,
                               FiscalYear year, Instant concludedAt, Money base) {

    public EvaluationResult {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evaluationId, "evaluationId");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(concludedAt, "concludedAt");
        Objects.requireNonNull(base, "base");
    }
}
