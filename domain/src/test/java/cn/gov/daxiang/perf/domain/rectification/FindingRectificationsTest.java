package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.ProposedRectification;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreEntry;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FindingRectificationsTest {

    private static final ActorId FINANCE = ActorId.of("finance-admin");
    private static final Instant NOW = Instant.parse("2024-11-01T02:00:00Z");
    private static final LocalDate ACCEPTED_ON = LocalDate.of(2024, 11, 1);
    private static final UnitCode HOUSING = UnitCode.of("108002");
    private static final UnitCode WATER = UnitCode.of("109002");
    private static final ProjectCode A = ProjectCode.of("43050324T000000000101");
    private static final ProjectCode B = ProjectCode.of("43050324T000000000102");
    private static final ProjectCode C = ProjectCode.of("43050324T000000000103");
    private static final Map<ProjectCode, UnitCode> OWNERS = Map.of(A, HOUSING, B, WATER, C, WATER);

    private static KeyEvaluation evaluated(EvaluationObject object, List<Finding> findings, boolean accept) {
        KeyEvaluation evaluation = KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan("重点评价", FiscalYear.of(2024), object,
                SubjectKind.SPECIAL_BOND, LocalDate.of(2024, 10, 31)), FINANCE, NOW);
        evaluation.commission(new AgencyId("ZHENRUI"), FINANCE, NOW);
        evaluation.setFramework(DefaultFrameworks.districtProject(), null);
        evaluation.startFieldwork();
        evaluation.score(evaluation.getFramework().orElseThrow().indicators().leaves().stream()
                .map(l -> new ScoreEntry(l.code(), l.points(), null)).toList());
        evaluation.recordFindings(findings, List.of());
        evaluation.submit(GradeScheme.district2024(), ActorId.of("zhenrui-evaluator"), NOW);
        if (accept) {
            evaluation.accept(FINANCE, NOW, ACCEPTED_ON, 60);
        }
        return evaluation;
    }

    private static List<Finding> threeFindings(UnitCode unit) {
        return List.of(new Finding("资金拨付滞后", null, new ProposedRectification(unit, null)),
                new Finding("满意度样本偏少", null, null),
                new Finding("档案不全", null, new ProposedRectification(unit, LocalDate.of(2025, 3, 1))));
    }

    private static List<Rectification> issue(KeyEvaluation evaluation, Set<Integer> already) {
        return FindingRectifications.issue(evaluation, already, p -> Optional.ofNullable(OWNERS.get(p)), FINANCE, NOW);
    }

    @Test
    void each_finding_proposing_a_rectification_gives_one_item_with_the_deadline_acceptance_fixed() {
        KeyEvaluation evaluation = evaluated(new EvaluationObject.OfProject(A), threeFindings(HOUSING), true);
        List<Rectification> items = issue(evaluation, Set.of());
        assertThat(items).extracting(Rectification::getText).containsExactly("资金拨付滞后", "档案不全");
        assertThat(items).extracting(Rectification::getDeadline).containsExactly(ACCEPTED_ON.plusDays(60), LocalDate.of(2025, 3, 1));
        assertThat(items).extracting(r -> r.getSource().findingIndex()).containsExactly(0, 2);
        assertThat(items).allSatisfy(r -> {
            assertThat(r.getSource().evaluationId()).isEqualTo(evaluation.getId().value());
            assertThat(r.getSource().kind()).isEqualTo(EvaluationKind.KEY_EVALUATION);
            assertThat(r.getProjectCode()).contains(A);
            assertThat(r.getResponsibleUnit()).isEqualTo(HOUSING);
            assertThat(r.getEvaluationYear()).isEqualTo(FiscalYear.of(2024));
            assertThat(r.getState()).isEqualTo(RectificationState.ISSUED);
        });
    }

    @Test
    void findings_already_issued_are_never_issued_again() {
        KeyEvaluation evaluation = evaluated(new EvaluationObject.OfProject(A), threeFindings(HOUSING), true);
        assertThat(issue(evaluation, Set.of(0))).extracting(r -> r.getSource().findingIndex()).containsExactly(2);
        assertThat(issue(evaluation, Set.of(0, 2))).isEmpty();
    }

    @Test
    void an_evaluation_not_yet_accepted_issues_nothing() {
        assertThat(issue(evaluated(new EvaluationObject.OfProject(A), threeFindings(HOUSING), false), Set.of())).isEmpty();
    }

    @Test
    void a_special_funds_item_names_the_units_one_project_there_and_none_when_it_has_several() {
        EvaluationObject fund = new EvaluationObject.OfSpecialFund("专项债券", List.of(A, B, C));
        assertThat(issue(evaluated(fund, threeFindings(HOUSING), true), Set.of())).extracting(Rectification::getProjectCode)
                .containsOnly(Optional.of(A));
        assertThat(issue(evaluated(fund, threeFindings(WATER), true), Set.of())).extracting(Rectification::getProjectCode)
                .containsOnly(Optional.empty());
    }

    @Test
    void a_departments_overall_evaluation_gives_items_without_a_project() {
        EvaluationObject department = new EvaluationObject.OfDepartment(UnitCode.of("108001"), FiscalYear.of(2023));
        KeyEvaluation evaluation = KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan("部门整体", FiscalYear.of(2024),
                department, SubjectKind.DEPARTMENT_OVERALL, LocalDate.of(2024, 10, 31)), FINANCE, NOW);
        assertThat(FindingRectifications.projectOf(evaluation.getObject(), UnitCode.of("108001"), p -> Optional.empty())).isNull();
    }
}
