package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.EVALUATOR;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.FINANCE;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.ZHENRUI;
import static org.assertj.core.api.Assertions.assertThat;

class AgencyQualityLedgerTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private static final FiscalYear YEAR = FiscalYear.of(2024);
    private static final LocalDate DUE = LocalDate.of(2024, 10, 31);
    private static final ProjectCode OTHER_PROJECT = ProjectCode.of("43050324T000000000102");

    /** The agency's sheet for a project evaluation, submitted at {@code submittedAt} with {@code deduction} points lost. */
    private static KeyEvaluation submittedAt(ProjectCode project, Instant submittedAt, String deduction) {
        KeyEvaluation evaluation = KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan("评价 " + project, YEAR,
                new EvaluationObject.OfProject(project), SubjectKind.SPECIAL_BOND, DUE), FINANCE, KeyEvaluations.NOW);
        evaluation.commission(ZHENRUI, FINANCE, KeyEvaluations.NOW);
        evaluation.setFramework(DefaultFrameworks.districtProject(), null);
        evaluation.startFieldwork();
        evaluation.score(KeyEvaluations.sheetLosing(evaluation, deduction));
        evaluation.submit(GradeScheme.district2024(), EVALUATOR, submittedAt);
        return evaluation;
    }

    @Test
    void a_report_submitted_on_the_due_day_in_the_district_is_on_time_even_when_utc_is_a_day_behind() {
        // 2024-10-31 07:00 in Shaoyang is 2024-10-30 23:00 UTC; 2024-11-01 00:30 in Shaoyang is 2024-10-31 16:30 UTC.
        KeyEvaluation onTime = submittedAt(KeyEvaluations.RENOVATION, Instant.parse("2024-10-30T23:00:00Z"), "10");
        KeyEvaluation oneDayLate = submittedAt(OTHER_PROJECT, Instant.parse("2024-10-31T16:30:00Z"), "10");

        AgencyQualityLedger ledger = AgencyQualityLedger.of(ZHENRUI, YEAR, List.of(onTime, oneDayLate),
                SelfAssessedScores.none(), LocalDate.of(2024, 12, 1), DISTRICT);

        assertThat(ledger.assigned()).isEqualTo(2);
        assertThat(ledger.submitted()).isEqualTo(2);
        assertThat(ledger.onTime()).isEqualTo(1);
        assertThat(ledger.late()).isEqualTo(1);
        assertThat(ledger.lateDays()).isEqualTo(1);
        assertThat(ledger.lines()).extracting(AgencyQualityLedger.Line::daysLate).containsExactly(0L, 1L);
    }

    @Test
    void a_report_not_in_after_its_due_date_counts_late_up_to_today_and_one_not_yet_due_does_not() {
        KeyEvaluation overdue = KeyEvaluations.inFieldwork();
        KeyEvaluation notYetDue = KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan("未到期", YEAR,
                new EvaluationObject.OfProject(OTHER_PROJECT), SubjectKind.SPECIAL_BOND, LocalDate.of(2024, 12, 31)), FINANCE, KeyEvaluations.NOW);
        notYetDue.commission(ZHENRUI, FINANCE, KeyEvaluations.NOW);

        AgencyQualityLedger ledger = AgencyQualityLedger.of(ZHENRUI, YEAR, List.of(overdue, notYetDue),
                SelfAssessedScores.none(), LocalDate.of(2024, 11, 10), DISTRICT);

        assertThat(ledger.assigned()).isEqualTo(2);
        assertThat(ledger.submitted()).isZero();
        assertThat(ledger.late()).isEqualTo(1);
        assertThat(ledger.lateDays()).isEqualTo(10);
        assertThat(ledger.maxLateDays()).isEqualTo(10);
    }

    @Test
    void returns_count_the_evaluations_returned_and_rework_rounds_every_return() {
        KeyEvaluation twice = submittedAt(KeyEvaluations.RENOVATION, Instant.parse("2024-10-01T02:00:00Z"), "10");
        twice.returnForRework(List.of("扣分依据不足"), FINANCE, Instant.parse("2024-10-02T02:00:00Z"));
        twice.submit(GradeScheme.district2024(), EVALUATOR, Instant.parse("2024-10-03T02:00:00Z"));
        twice.returnForRework(List.of("仍不充分"), FINANCE, Instant.parse("2024-10-04T02:00:00Z"));
        twice.submit(GradeScheme.district2024(), EVALUATOR, Instant.parse("2024-10-05T02:00:00Z"));
        twice.accept(FINANCE, Instant.parse("2024-10-06T02:00:00Z"), LocalDate.of(2024, 10, 6), 60);
        KeyEvaluation never = submittedAt(OTHER_PROJECT, Instant.parse("2024-10-01T02:00:00Z"), "10");

        AgencyQualityLedger ledger = AgencyQualityLedger.of(ZHENRUI, YEAR, List.of(twice, never),
                SelfAssessedScores.none(), LocalDate.of(2024, 12, 1), DISTRICT);

        assertThat(ledger.returned()).isEqualTo(1);
        assertThat(ledger.reworkRounds()).isEqualTo(2);
        assertThat(ledger.accepted()).isEqualTo(1);
        assertThat(ledger.onTime()).as("lateness is judged on the first report").isEqualTo(2);
    }

    @Test
    void the_spread_is_the_agency_score_minus_the_units_own_score_of_the_same_object_averaged_over_those_compared() {
        KeyEvaluation strict = submittedAt(KeyEvaluations.RENOVATION, Instant.parse("2024-10-01T02:00:00Z"), "14.50"); // 85.50
        KeyEvaluation lenient = submittedAt(OTHER_PROJECT, Instant.parse("2024-10-01T02:00:00Z"), "8"); // 92.00
        KeyEvaluation uncompared = submittedAt(ProjectCode.of("43050324T000000000103"), Instant.parse("2024-10-01T02:00:00Z"), "20");
        SelfAssessedScores self = SelfAssessedScores.fromProjects(Map.of(
                KeyEvaluations.RENOVATION, Score.of("95.00"), OTHER_PROJECT, Score.of("90.00")));

        AgencyQualityLedger ledger = AgencyQualityLedger.of(ZHENRUI, YEAR, List.of(strict, lenient, uncompared), self,
                LocalDate.of(2024, 12, 1), DISTRICT);

        assertThat(ledger.compared()).isEqualTo(2);
        assertThat(ledger.lines()).extracting(AgencyQualityLedger.Line::spread)
                .extracting(s -> s == null ? null : s.toPlainString()).containsExactly("-9.50", "2.00", null);
        assertThat(ledger.meanSpread()).isEqualByComparingTo("-3.75");
        assertThat(ledger.meanAbsoluteSpread()).isEqualByComparingTo("5.75");
    }

    @Test
    void a_special_fund_is_compared_only_when_every_project_has_a_self_assessed_score_and_then_on_their_mean() {
        EvaluationObject fund = new EvaluationObject.OfSpecialFund("专项债券", List.of(KeyEvaluations.RENOVATION, OTHER_PROJECT));
        SelfAssessedScores partial = SelfAssessedScores.fromProjects(Map.of(KeyEvaluations.RENOVATION, Score.of("90.00")));
        SelfAssessedScores complete = SelfAssessedScores.fromProjects(Map.of(
                KeyEvaluations.RENOVATION, Score.of("90.00"), OTHER_PROJECT, Score.of("85.25")));

        assertThat(partial.of(fund)).isEmpty();
        assertThat(complete.of(fund)).contains(Score.of("87.63"));
    }

    @Test
    void a_department_is_compared_with_its_overall_self_evaluation_of_the_spending_year_only() {
        UnitCode health = UnitCode.of("106001");
        SelfAssessedScores self = SelfAssessedScores.fromDepartments(Map.of(health.value() + "@2023", Score.of("93.00")));

        assertThat(self.of(new EvaluationObject.OfDepartment(health, FiscalYear.of(2023)))).contains(Score.of("93.00"));
        assertThat(self.of(new EvaluationObject.OfDepartment(health, FiscalYear.of(2024)))).isEmpty();
    }

    @Test
    void another_agencys_and_another_years_evaluations_are_not_in_the_ledger() {
        KeyEvaluation ours = KeyEvaluations.commissioned();
        KeyEvaluation theirs = KeyEvaluations.planned();
        theirs.commission(new AgencyId("OTHERAGENCY"), FINANCE, KeyEvaluations.NOW);
        KeyEvaluation uncommissioned = KeyEvaluations.planned();

        AgencyQualityLedger ledger = AgencyQualityLedger.of(ZHENRUI, YEAR, List.of(ours, theirs, uncommissioned),
                SelfAssessedScores.none(), LocalDate.of(2024, 6, 2), DISTRICT);
        AgencyQualityLedger nextYear = AgencyQualityLedger.of(ZHENRUI, FiscalYear.of(2025), List.of(ours),
                SelfAssessedScores.none(), LocalDate.of(2024, 6, 2), DISTRICT);

        assertThat(ledger.assigned()).isEqualTo(1);
        assertThat(ledger.lines()).extracting(AgencyQualityLedger.Line::evaluation).containsExactly(ours.getId());
        assertThat(nextYear.assigned()).isZero();
        assertThat(nextYear.meanSpread()).isNull();
    }
}
