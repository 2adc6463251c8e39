package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Optional;

/**
 * Which self-evaluations a list should hold; every criterion is optional (null). {@code executionFlagged}: evaluations
 * whose execution override differs from the province's figures beyond the tolerance (true) or not (false).
 */
public record SelfEvaluationCriteria(FiscalYear fiscalYear, UnitCode unitCode, SelfEvaluationKind kind, ReviewState status,
                                     Grade grade, ProjectCode projectCode, Boolean executionFlagged) {

    public SelfEvaluationCriteria(FiscalYear fiscalYear, UnitCode unitCode, SelfEvaluationKind kind, ReviewState status,
                                  Grade grade, ProjectCode projectCode) {
        this(fiscalYear, unitCode, kind, status, grade, projectCode, null);
    }

    public static SelfEvaluationCriteria any() {
        return new SelfEvaluationCriteria(null, null, null, null, null, null, null);
    }

    public Optional<Boolean> executionFlaggedFilter() {
        return Optional.ofNullable(executionFlagged);
    }

    public Optional<FiscalYear> fiscalYearFilter() {
        return Optional.ofNullable(fiscalYear);
    }

    public Optional<UnitCode> unitCodeFilter() {
        return Optional.ofNullable(unitCode);
    }

    public Optional<SelfEvaluationKind> kindFilter() {
        return Optional.ofNullable(kind);
    }

    public Optional<ReviewState> statusFilter() {
        return Optional.ofNullable(status);
    }

    public Optional<Grade> gradeFilter() {
        return Optional.ofNullable(grade);
    }

    public Optional<ProjectCode> projectCodeFilter() {
        return Optional.ofNullable(projectCode);
    }
}
