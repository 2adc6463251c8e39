package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyEvaluationLifecycleTest {

    @Test
    void planning_records_the_plan_and_nothing_else() {
        KeyEvaluation evaluation = KeyEvaluations.planned();
        assertThat(evaluation.getState()).isEqualTo(KeyEvaluationState.PLANNED);
        assertThat(evaluation.getAgency()).isEmpty();
        assertThat(evaluation.getCategory()).isEqualTo(EvaluationCategory.SPECIAL_FUND);
        assertThat(evaluation.pullEvents()).singleElement().isInstanceOf(KeyEvaluationPlanned.class);
    }

    @Test
    void the_whole_way_with_one_return_counts_one_rework_round_and_keeps_every_submission() {
        KeyEvaluation evaluation = KeyEvaluations.submitted("1.50");
        evaluation.returnForRework(List.of("现场核查资料不全", " "), FINANCE, NOW);
        assertThat(evaluation.getState()).isEqualTo(KeyEvaluationState.RETURNED);
        assertThat(evaluation.getReturns()).singleElement().satisfies(r -> {
            assertThat(r.round()).isEqualTo(1);
            assertThat(r.reasons()).containsExactly("现场核查资料不全");
        });
        evaluation.score(List.of(new ScoreEntry("C22", new BigDecimal("9.00"), "满意度调查样本补充后复核")));
        evaluation.submit(GradeScheme.district2024(), EVALUATOR, NOW);
        evaluation.accept(FINANCE, NOW, LocalDate.of(2024, 11, 1), 60);

        assertThat(evaluation.getState()).isEqualTo(KeyEvaluationState.ACCEPTED);
        assertThat(evaluation.reworkRounds()).isEqualTo(1);
        assertThat(evaluation.getSubmissions()).extracting(Submission::round).containsExactly(1, 2);
        assertThat(evaluation.getResult().orElseThrow().score().value()).isEqualByComparingTo("99.00");
        assertThat(evaluation.getResult().orElseThrow().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(evaluation.getResult().orElseThrow().schemeId().value()).isEqualTo("district-2024");
        assertThat(evaluation.pullEvents()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "KeyEvaluationPlanned", "KeyEvaluationCommissioned", "KeyEvaluationFrameworkSet", "KeyEvaluationFieldworkStarted",
                "KeyEvaluationScored", "KeyEvaluationSubmitted", "KeyEvaluationReturned", "KeyEvaluationScored",
                "KeyEvaluationSubmitted", "KeyEvaluationAccepted");
    }

    @Test
    void an_accepted_evaluation_allows_nothing_more() {
        KeyEvaluation evaluation = KeyEvaluations.submitted("0");
        evaluation.accept(FINANCE, NOW, LocalDate.of(2024, 11, 1), 60);
        assertThatThrownBy(() -> evaluation.returnForRework(List.of("晚了"), FINANCE, NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo("ACCEPTED");
                    assertThat(e.allowed()).isEmpty();
                });
        assertThatThrownBy(() -> evaluation.score(List.of(new ScoreEntry("A11", BigDecimal.ONE, "x"))))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void each_action_is_refused_outside_its_states_naming_what_is_allowed() {
        KeyEvaluation planned = KeyEvaluations.planned();
        assertThatThrownBy(() -> planned.setFramework(DefaultFrameworks.districtProject(), null))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowed()).containsExactly("COMMISSION"));
        assertThatThrownBy(planned::startFieldwork).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> planned.submit(GradeScheme.district2024(), EVALUATOR, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> planned.accept(FINANCE, NOW, LocalDate.of(2024, 1, 1), 60)).isInstanceOf(IllegalTransitionException.class);

        KeyEvaluation commissioned = KeyEvaluations.commissioned();
        assertThatThrownBy(() -> commissioned.commission(ZHENRUI, FINANCE, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(commissioned::startFieldwork).isInstanceOf(IllegalTransitionException.class);

        KeyEvaluation fieldwork = KeyEvaluations.inFieldwork();
        assertThatThrownBy(() -> fieldwork.setFramework(DefaultFrameworks.districtProject(), null))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowed())
                        .containsExactly("SCORE", "RECORD_FINDINGS", "SUBMIT"));
        assertThatThrownBy(() -> fieldwork.returnForRework(List.of("x"), FINANCE, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> fieldwork.accept(FINANCE, NOW, LocalDate.of(2024, 1, 1), 60)).isInstanceOf(IllegalTransitionException.class);

        KeyEvaluation submitted = KeyEvaluations.submitted("0");
        assertThatThrownBy(() -> submitted.score(List.of(new ScoreEntry("A11", BigDecimal.ONE, "x")))).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> submitted.submit(GradeScheme.district2024(), EVALUATOR, NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void the_framework_may_be_chosen_again_until_fieldwork_and_adjusted_points_must_total_100() {
        KeyEvaluation evaluation = KeyEvaluations.frameworkSet();
        var adjusted = DefaultFrameworks.districtProject().getIndicators().withPoints(Map.of("A11", new BigDecimal("2"), "A12", new BigDecimal("6")));
        evaluation.setFramework(DefaultFrameworks.districtProject(), adjusted);
        assertThat(evaluation.getFramework().orElseThrow().indicators().leaf("A11").orElseThrow().points()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> DefaultFrameworks.districtProject().getIndicators().withPoints(Map.of("A11", new BigDecimal("5"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INDICATOR_POINTS_NOT_100");
                    assertThat(e.arguments()).containsEntry("total", "101.00");
                });
    }

    @Test
    void a_department_framework_does_not_evaluate_a_project() {
        KeyEvaluation evaluation = KeyEvaluations.commissioned();
        assertThatThrownBy(() -> evaluation.setFramework(DefaultFrameworks.departmentOverall(), null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("FRAMEWORK_NOT_FOR_OBJECT"));
        assertThat(evaluation.getState()).isEqualTo(KeyEvaluationState.COMMISSIONED);
    }

    @Test
    void the_national_framework_with_results_below_60_points_is_set_with_a_warning() {
        KeyEvaluation evaluation = KeyEvaluations.commissioned();
        var lowResults = DefaultFrameworks.nationalProject().getIndicators()
                .withPoints(Map.of("A11", new BigDecimal("7"), "C11", new BigDecimal("5")));
        var warnings = evaluation.setFramework(DefaultFrameworks.nationalProject(), lowResults);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("RESULT_INDICATORS_BELOW_60");
            assertThat(w.arguments()).containsEntry("points", "55.00");
        });
        assertThat(evaluation.getState()).isEqualTo(KeyEvaluationState.FRAMEWORK_SET);
    }

    @Test
    void submitting_needs_every_level3_indicator_scored_and_names_the_missing() {
        KeyEvaluation evaluation = KeyEvaluations.inFieldwork();
        evaluation.score(List.of(new ScoreEntry("A11", new BigDecimal("4"), null)));
        assertThatThrownBy(() -> evaluation.submit(GradeScheme.district2024(), EVALUATOR, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("KEY_EVALUATION_NOT_FULLY_SCORED");
                    assertThat(e.arguments()).containsEntry("count", 13);
                    assertThat((List<Object>) e.arguments().get("indicatorCodes")).contains("A12", "C22").doesNotContain("A11");
                });
        assertThat(evaluation.getState()).isEqualTo(KeyEvaluationState.FIELDWORK);
    }

    @Test
    void a_return_needs_a_reason() {
        KeyEvaluation evaluation = KeyEvaluations.submitted("0");
        assertThatThrownBy(() -> evaluation.returnForRework(List.of(" "), FINANCE, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("RETURN_REASON_REQUIRED"));
        assertThat(evaluation.getState()).isEqualTo(KeyEvaluationState.REPORT_SUBMITTED);
    }

    @Test
    void acceptance_gives_proposed_rectifications_without_a_deadline_the_default_and_keeps_given_ones() {
        KeyEvaluation evaluation = KeyEvaluations.inFieldwork();
        evaluation.score(KeyEvaluations.sheetLosing(evaluation, "12"));
        var unit = cn.gov.daxiang.perf.domain.budgetunit.UnitCode.of("108002");
        evaluation.recordFindings(List.of(
                        new Finding("部分资金未及时拨付", "A12", new ProposedRectification(unit, null)),
                        new Finding("档案资料不全", null, new ProposedRectification(unit, LocalDate.of(2025, 3, 1))),
                        new Finding("满意度调查样本偏少", "C22", null)),
                List.of(new Suggestion("加快资金拨付进度", "A12")));
        evaluation.submit(GradeScheme.district2024(), EVALUATOR, NOW);
        evaluation.accept(FINANCE, NOW, LocalDate.of(2024, 11, 1), 60);
        assertThat(evaluation.getFindings()).extracting(f -> f.proposedRectification().map(ProposedRectification::deadline).orElse(null))
                .containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 1), null);
        assertThat(evaluation.getResult().orElseThrow().grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void findings_may_only_name_indicators_of_the_evaluation() {
        KeyEvaluation evaluation = KeyEvaluations.inFieldwork();
        assertThatThrownBy(() -> evaluation.recordFindings(List.of(new Finding("x", "Z9", null)), List.of(new Suggestion("y", "Q1"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat((List<Object>) e.arguments().get("codes")).containsExactly("Z9", "Q1"));
        assertThat(evaluation.getFindings()).isEmpty();
    }

    @Test
    void every_state_change_records_exactly_one_event() {
        KeyEvaluation evaluation = KeyEvaluations.planned();
        evaluation.pullEvents();
        evaluation.commission(ZHENRUI, FINANCE, NOW);
        List<DomainEvent> events = evaluation.pullEvents();
        assertThat(events).singleElement().isEqualTo(new KeyEvaluationCommissioned(evaluation.getId(), ZHENRUI));
    }

    @Test
    void leaves_of_the_district_framework_are_what_the_fixture_scores() {
        assertThat(DefaultFrameworks.districtProject().getIndicators().leaves()).extracting(IndicatorNode::code)
                .containsExactly("A11", "A12", "A21", "A22", "B11", "B12", "B21", "B22", "C11", "C12", "C13", "C14", "C21", "C22");
    }

    @Test
    void findings_and_return_reasons_are_bounded() {
        KeyEvaluation evaluation = KeyEvaluations.inFieldwork();
        List<Finding> many = java.util.stream.IntStream.range(0, 101).mapToObj(i -> new Finding("问题" + i, null, null)).toList();
        assertThatThrownBy(() -> evaluation.recordFindings(many, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("FINDINGS_TOO_MANY"));
        KeyEvaluation submitted = KeyEvaluations.submitted("0");
        List<String> reasons = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "理由" + i).toList();
        assertThatThrownBy(() -> submitted.returnForRework(reasons, FINANCE, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("RETURN_REASONS_TOO_MANY"));
    }
}
