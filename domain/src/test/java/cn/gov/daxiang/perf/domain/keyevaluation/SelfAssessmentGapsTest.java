package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.EVALUATOR;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.FINANCE;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.NOW;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.ZHENRUI;
import static org.assertj.core.api.Assertions.assertThat;

class SelfAssessmentGapsTest {

    private static final UnitCode HOUSING = UnitCode.of("108002");
    private static final UnitCode WATER = UnitCode.of("109002");
    private static final ProjectCode A = ProjectCode.of("43050324T000000000101");
    private static final ProjectCode B = ProjectCode.of("43050324T000000000102");
    private static final ProjectCode C = ProjectCode.of("43050324T000000000103");

    private static KeyEvaluation evaluated(EvaluationObject object, int year, String deduction, boolean accept) {
        KeyEvaluation evaluation = KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan("评价", FiscalYear.of(year), object,
                object instanceof EvaluationObject.OfDepartment ? SubjectKind.DEPARTMENT_OVERALL : SubjectKind.SPECIAL_BOND,
                LocalDate.of(year, 10, 31)), FINANCE, NOW);
        evaluation.commission(ZHENRUI, FINANCE, NOW);
        evaluation.setFramework(object instanceof EvaluationObject.OfDepartment ? DefaultFrameworks.departmentOverall()
                : DefaultFrameworks.districtProject(), null);
        evaluation.startFieldwork();
        evaluation.score(KeyEvaluations.sheetLosing(evaluation, deduction));
        evaluation.submit(GradeScheme.district2024(), EVALUATOR, NOW);
        if (accept) {
            evaluation.accept(FINANCE, NOW, LocalDate.of(year, 11, 30), 60);
        }
        return evaluation;
    }

    @Test
    void per_unit_and_year_the_gap_is_self_minus_key_over_the_objects_both_scored() {
        KeyEvaluation a2023 = evaluated(new EvaluationObject.OfProject(A), 2023, "10", true);   // key 90
        KeyEvaluation b2023 = evaluated(new EvaluationObject.OfProject(B), 2023, "20", true);   // key 80
        KeyEvaluation c2023 = evaluated(new EvaluationObject.OfProject(C), 2023, "30", true);   // not self-scored
        KeyEvaluation a2024 = evaluated(new EvaluationObject.OfProject(A), 2024, "5", true);    // key 95
        KeyEvaluation notAccepted = evaluated(new EvaluationObject.OfProject(B), 2024, "50", false);
        SelfAssessedScores self = SelfAssessedScores.fromProjects(Map.of(A, Score.of("96.00"), B, Score.of("79.00")));
        Map<ProjectCode, UnitCode> owners = Map.of(A, HOUSING, B, HOUSING, C, HOUSING);

        SelfAssessmentGaps gaps = SelfAssessmentGaps.of(List.of(a2024, notAccepted, c2023, b2023, a2023), self, owners, u -> true);

        assertThat(gaps.rows()).hasSize(2);
        SelfAssessmentGaps.UnitYear first = gaps.rows().get(0);
        BigDecimal keyA = a2023.getResult().orElseThrow().score().value();
        BigDecimal keyB = b2023.getResult().orElseThrow().score().value();
        BigDecimal gapA = new BigDecimal("96.00").subtract(keyA);
        BigDecimal gapB = new BigDecimal("79.00").subtract(keyB);
        assertThat(first.year()).isEqualTo(FiscalYear.of(2023));
        assertThat(first.pairs()).isEqualTo(2);
        assertThat(first.meanGap()).isEqualByComparingTo(gapA.add(gapB).divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP));
        assertThat(first.meanAbsoluteGap()).isEqualByComparingTo(gapA.abs().add(gapB.abs()).divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP));
        assertThat(first.compared()).extracting(SelfAssessmentGaps.Pair::gap).containsExactlyInAnyOrder(gapA, gapB);
        assertThat(gaps.rows().get(1).year()).isEqualTo(FiscalYear.of(2024));
        assertThat(gaps.rows().get(1).pairs()).isEqualTo(1);
    }

    @Test
    void a_department_overall_pair_belongs_to_the_department_and_only_visible_units_are_listed() {
        KeyEvaluation department = evaluated(new EvaluationObject.OfDepartment(WATER, FiscalYear.of(2023)), 2024, "10", true);
        KeyEvaluation project = evaluated(new EvaluationObject.OfProject(A), 2024, "10", true);
        SelfAssessedScores self = SelfAssessedScores.of(List.of());
        SelfAssessedScores both = SelfAssessedScores.fromDepartments(Map.of("109002@2023", Score.of("95.00")));

        assertThat(SelfAssessmentGaps.of(List.of(department, project), self, Map.of(A, HOUSING), u -> true).rows()).isEmpty();
        assertThat(SelfAssessmentGaps.of(List.of(department, project), both, Map.of(A, HOUSING), HOUSING::equals).rows()).isEmpty();
        SelfAssessmentGaps onlyWater = SelfAssessmentGaps.of(List.of(department, project), both, Map.of(A, HOUSING), WATER::equals);
        assertThat(onlyWater.rows()).singleElement().satisfies(row -> {
            assertThat(row.unitCode()).isEqualTo(WATER);
            assertThat(row.compared()).singleElement().satisfies(p -> {
                assertThat(p.objectKind()).isEqualTo(EvaluationObjectKind.DEPARTMENT_OVERALL);
                assertThat(p.selfScore()).isEqualTo(Score.of("95.00"));
            });
        });
    }

    @Test
    void a_fund_spread_over_several_units_belongs_to_none() {
        KeyEvaluation fund = evaluated(new EvaluationObject.OfSpecialFund("专项债券", List.of(A, B)), 2024, "10", true);
        SelfAssessedScores self = SelfAssessedScores.fromProjects(Map.of(A, Score.of("90.00"), B, Score.of("90.00")));
        assertThat(SelfAssessmentGaps.of(List.of(fund), self, Map.of(A, HOUSING, B, WATER), u -> true).rows()).isEmpty();
        assertThat(SelfAssessmentGaps.of(List.of(fund), self, Map.of(A, HOUSING, B, HOUSING), u -> true).rows()).hasSize(1);
    }
}
