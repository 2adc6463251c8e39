package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.EVALUATOR;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.FINANCE;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.NOW;
import static org.assertj.core.api.Assertions.assertThat;

class KeyEvaluationSummaryTest {

    static KeyEvaluation accepted(EvaluationObject object, SubjectKind kind, String deduction) {
        KeyEvaluation evaluation = KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan("t", FiscalYear.of(2024), object, kind,
                LocalDate.of(2024, 10, 31)), FINANCE, NOW);
        evaluation.commission(KeyEvaluations.ZHENRUI, FINANCE, NOW);
        evaluation.setFramework(object instanceof EvaluationObject.OfDepartment ? DefaultFrameworks.departmentOverall() : DefaultFrameworks.districtProject(), null);
        evaluation.startFieldwork();
        evaluation.score(KeyEvaluations.sheetLosing(evaluation, deduction));
        evaluation.submit(GradeScheme.district2024(), EVALUATOR, NOW);
        evaluation.accept(FINANCE, NOW, LocalDate.of(2024, 11, 1), 60);
        return evaluation;
    }

    @Test
    void counts_money_grades_and_category_averages_come_from_accepted_evaluations_only() {
        var department = new EvaluationObject.OfDepartment(UnitCode.of("108001"), FiscalYear.of(2023));
        var project = new EvaluationObject.OfProject(KeyEvaluations.RENOVATION);
        List<KeyEvaluationSummary.Covered> covered = new ArrayList<>();
        // departments 88.37 and 88.38 → 88.375 → 88.38 (HALF_UP); projects 90.00 (优) and 83.00.
        covered.add(new KeyEvaluationSummary.Covered(accepted(department, SubjectKind.DEPARTMENT_OVERALL, "11.63"), Money.of("1000.00")));
        covered.add(new KeyEvaluationSummary.Covered(accepted(department, SubjectKind.DEPARTMENT_OVERALL, "11.62"), Money.of("2000.00")));
        covered.add(new KeyEvaluationSummary.Covered(accepted(project, SubjectKind.SPECIAL_BOND, "10"), Money.of("30000.00")));
        covered.add(new KeyEvaluationSummary.Covered(accepted(project, SubjectKind.SPECIAL_BOND, "17"), Money.of("40000.00")));
        covered.add(new KeyEvaluationSummary.Covered(KeyEvaluations.submitted("0"), Money.of("99999.00")));

        KeyEvaluationSummary summary = KeyEvaluationSummary.of(FiscalYear.of(2024), covered);

        assertThat(summary.count()).isEqualTo(4);
        assertThat(summary.totalMoney()).isEqualTo(Money.of("73000.00"));
        assertThat(summary.bySubjectKind().get(SubjectKind.SPECIAL_BOND)).isEqualTo(new KeyEvaluationSummary.KindTotal(2, Money.of("70000.00")));
        assertThat(summary.grades()).containsEntry(Grade.EXCELLENT, 1).containsEntry(Grade.GOOD, 3).hasSize(2);
        assertThat(summary.averageOf(EvaluationCategory.DEPARTMENT_OVERALL).orElseThrow().average().value()).isEqualByComparingTo("88.38");
        assertThat(summary.averageOf(EvaluationCategory.SPECIAL_FUND).orElseThrow().average().value()).isEqualByComparingTo(new BigDecimal("86.50"));
    }

    @Test
    void another_year_counts_nothing() {
        var project = new EvaluationObject.OfProject(KeyEvaluations.RENOVATION);
        KeyEvaluationSummary summary = KeyEvaluationSummary.of(FiscalYear.of(2025),
                List.of(new KeyEvaluationSummary.Covered(accepted(project, SubjectKind.SPECIAL_BOND, "0"), Money.of("1.00"))));
        assertThat(summary.count()).isZero();
        assertThat(summary.totalMoney()).isEqualTo(Money.ZERO);
        assertThat(summary.averages()).isEmpty();
    }
}
