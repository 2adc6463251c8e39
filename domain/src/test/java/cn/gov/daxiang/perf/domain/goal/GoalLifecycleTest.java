package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.CHECKS;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.CONTEXT;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.DEPT_REVIEWER;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.FINANCE_REVIEWER;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.TAXONOMY;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.UNIT_OPERATOR;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.at;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.goalIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalLifecycleTest {

    private static final List<ReturnReason> REASONS = List.of(
            ReturnReason.forGoal("年度目标不够具体"),
            ReturnReason.forIndicator(GoalFixtures.SOCIAL, "受益户数与改造小区数不匹配"));

    @Test
    void aNewGoalIsADraftVersionOneWhoseCreationIsRecorded() {
        PerformanceGoal goal = GoalFixtures.draftProjectGoal();

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(goal.getVersions()).hasSize(1);
        assertThat(goal.currentVersion().getNumber()).isEqualTo(1);
        assertThat(goal.currentVersion().getHistory()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(GoalAction.CREATE);
            assertThat(step.from()).isNull();
            assertThat(step.to()).isEqualTo(GoalStatus.DRAFT);
            assertThat(step.actor()).isEqualTo(UNIT_OPERATOR);
            assertThat(step.at()).isEqualTo(GoalFixtures.T0);
        });
        assertThat(goal.allowedActions()).containsExactly(GoalAction.EDIT, GoalAction.SUBMIT);
        assertThat(goal.latestApprovedVersion()).isEmpty();
    }

    @Test
    void theUsualPathGoesThroughEveryReviewToPublicationAndRecordsWhoAndWhen() {
        PerformanceGoal goal = goalIn(GoalStatus.PUBLISHED);

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.PUBLISHED);
        assertThat(goal.currentVersion().getHistory())
                .extracting(ReviewStep::action, ReviewStep::from, ReviewStep::to, ReviewStep::actor, ReviewStep::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GoalAction.CREATE, null, GoalStatus.DRAFT, UNIT_OPERATOR, GoalFixtures.T0),
                        org.assertj.core.groups.Tuple.tuple(GoalAction.SUBMIT, GoalStatus.DRAFT, GoalStatus.SUBMITTED, UNIT_OPERATOR, at(10)),
                        org.assertj.core.groups.Tuple.tuple(GoalAction.PASS_DEPARTMENT_REVIEW, GoalStatus.SUBMITTED, GoalStatus.DEPT_REVIEWED, DEPT_REVIEWER, at(20)),
                        org.assertj.core.groups.Tuple.tuple(GoalAction.REVIEW_BY_FINANCE, GoalStatus.DEPT_REVIEWED, GoalStatus.FINANCE_REVIEWED, FINANCE_REVIEWER, at(30)),
                        org.assertj.core.groups.Tuple.tuple(GoalAction.APPROVE, GoalStatus.FINANCE_REVIEWED, GoalStatus.APPROVED, FINANCE_REVIEWER, at(40)),
                        org.assertj.core.groups.Tuple.tuple(GoalAction.PUBLISH, GoalStatus.APPROVED, GoalStatus.PUBLISHED, FINANCE_REVIEWER, at(50)));
        assertThat(goal.currentVersion().getAuditGrade()).contains(AuditGrade.EXCELLENT);
        assertThat(goal.currentVersion().getApprovedAt()).contains(at(40));
        assertThat(goal.latestApprovedVersion()).containsSame(goal.currentVersion());
    }

    @Test
    void anErrorFindingBlocksSubmissionAndTheDraftStaysADraft() {
        List<Indicator> indicators = new ArrayList<>(GoalFixtures.goodIndicators());
        indicators.removeIf(i -> i.level1().equals("BENEFIT"));
        indicators.add(GoalFixtures.quantitative(GoalFixtures.id(30), "OUTPUT", "QUANTITY", "加装电梯数", Comparator.AT_LEAST, "5", null));
        PerformanceGoal goal = GoalFixtures.draftProjectGoal(GoalFixtures.contentWith(indicators));

        assertThatThrownBy(() -> goal.submit(CHECKS, CONTEXT, UNIT_OPERATOR, at(10)))
                .isInstanceOfSatisfying(GoalHasQualityErrorsException.class, e -> {
                    assertThat(e).isInstanceOf(RuleViolationException.class);
                    assertThat(e.code()).isEqualTo("GOAL_HAS_QUALITY_ERRORS");
                    assertThat(e.arguments()).containsEntry("errorCount", 2).containsEntry("errorCodes",
                            List.of(GoalQualityChecks.BENEFIT_MISSING, GoalQualityChecks.UNIT_MISSING));
                    assertThat(e.errors()).allMatch(QualityFinding::isError);
                });
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(goal.currentVersion().getHistory()).hasSize(1);
    }

    @Test
    void warningsDoNotBlockSubmissionAndAreHandedBackToTheUnit() {
        List<Indicator> indicators = new ArrayList<>(GoalFixtures.goodIndicators());
        indicators.removeIf(i -> i.level1().equals("SATISFACTION"));
        PerformanceGoal goal = GoalFixtures.draftProjectGoal(GoalFixtures.contentWith(indicators));

        List<QualityFinding> warnings = goal.submit(CHECKS, CONTEXT, UNIT_OPERATOR, at(10));

        assertThat(warnings).extracting(QualityFinding::code).containsExactly(GoalQualityChecks.SATISFACTION_MISSING);
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.SUBMITTED);
    }

    @Test
    void checkingQualityChangesNothing() {
        PerformanceGoal goal = GoalFixtures.draftProjectGoal();
        assertThat(goal.checkQuality(CHECKS, CONTEXT)).isEmpty();
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(goal.currentVersion().getHistory()).hasSize(1);
    }

    @Test
    void theDepartmentReturnsASubmissionWithReasonsAboutTheGoalAndAboutIndicators() {
        PerformanceGoal goal = goalIn(GoalStatus.SUBMITTED);

        goal.returnForRevision(REASONS, DEPT_REVIEWER, at(20));

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.RETURNED);
        assertThat(goal.currentVersion().latestReturnReasons()).containsExactlyElementsOf(REASONS);
        assertThat(goal.currentVersion().latestReturnReasons().get(1).indicator()).contains(GoalFixtures.SOCIAL);
        assertThat(goal.allowedActions()).containsExactly(GoalAction.EDIT, GoalAction.REVISE);
    }

    @Test
    void financeMayReturnADepartmentReviewedGoalWithoutGradingIt() {
        PerformanceGoal goal = goalIn(GoalStatus.DEPT_REVIEWED);

        goal.returnForRevision(REASONS, FINANCE_REVIEWER, at(30));

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.RETURNED);
        assertThat(goal.currentVersion().getAuditGrade()).isEmpty();
        ReviewStep step = last(goal);
        assertThat(step.from()).isEqualTo(GoalStatus.DEPT_REVIEWED);
        assertThat(step.actor()).isEqualTo(FINANCE_REVIEWER);
    }

    @Test
    void aReturnNeedsAtLeastOneReason() {
        PerformanceGoal goal = goalIn(GoalStatus.SUBMITTED);
        assertThatThrownBy(() -> goal.returnForRevision(List.of(), DEPT_REVIEWER, at(20)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("GOAL_REVIEW_REASON_REQUIRED");
                    assertThat(e.field()).contains("reasons");
                });
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.SUBMITTED);
    }

    @Test
    void aReturnReasonMayOnlyNameAnIndicatorOfTheVersion() {
        PerformanceGoal goal = goalIn(GoalStatus.SUBMITTED);
        List<ReturnReason> reasons = List.of(ReturnReason.forIndicator(GoalFixtures.id(99), "无此指标"));
        assertThatThrownBy(() -> goal.returnForRevision(reasons, DEPT_REVIEWER, at(20)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("GOAL_RETURN_REASON_INDICATOR_UNKNOWN"));
    }

    @Test
    void gradeExcellentPassesFinanceReview() {
        PerformanceGoal goal = goalIn(GoalStatus.DEPT_REVIEWED);
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), FINANCE_REVIEWER, at(30));
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.FINANCE_REVIEWED);
        assertThat(goal.allowedActions()).containsExactly(GoalAction.APPROVE);
    }

    @Test
    void gradeGoodIsRefusedWithoutARecordedConsultation() {
        PerformanceGoal goal = goalIn(GoalStatus.DEPT_REVIEWED);
        assertThatThrownBy(() -> goal.reviewByFinance(AuditGrade.GOOD, "  ", List.of(), FINANCE_REVIEWER, at(30)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("GOAL_CONSULTATION_NOTE_REQUIRED"));
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.DEPT_REVIEWED);
    }

    @Test
    void gradeGoodPassesWithTheConsultationKeptInTheHistory() {
        PerformanceGoal goal = goalIn(GoalStatus.DEPT_REVIEWED);
        goal.reviewByFinance(AuditGrade.GOOD, "与单位沟通后补充了时效指标的完成时限", List.of(), FINANCE_REVIEWER, at(30));

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.FINANCE_REVIEWED);
        assertThat(goal.currentVersion().getAuditGrade()).contains(AuditGrade.GOOD);
        assertThat(goal.currentVersion().getConsultationNote()).contains("与单位沟通后补充了时效指标的完成时限");
        assertThat(last(goal).auditGrade()).isEqualTo(AuditGrade.GOOD);
    }

    @Test
    void gradeFairReturnsTheGoalWithItsReasons() {
        PerformanceGoal goal = goalIn(GoalStatus.DEPT_REVIEWED);
        goal.reviewByFinance(AuditGrade.MEDIUM, null, REASONS, FINANCE_REVIEWER, at(30));

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.RETURNED);
        assertThat(goal.currentVersion().getAuditGrade()).contains(AuditGrade.MEDIUM);
        assertThat(goal.currentVersion().latestReturnReasons()).containsExactlyElementsOf(REASONS);
    }

    @Test
    void gradeFairOrPoorNeedsReasons() {
        PerformanceGoal goal = goalIn(GoalStatus.DEPT_REVIEWED);
        for (AuditGrade grade : List.of(AuditGrade.MEDIUM, AuditGrade.POOR)) {
            assertThatThrownBy(() -> goal.reviewByFinance(grade, null, List.of(), FINANCE_REVIEWER, at(30)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.code()).isEqualTo("GOAL_REVIEW_REASON_REQUIRED"));
        }
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.DEPT_REVIEWED);
    }

    @Test
    void gradePoorRejectsTheGoalForGood() {
        PerformanceGoal goal = goalIn(GoalStatus.REJECTED);

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.REJECTED);
        assertThat(goal.currentVersion().getAuditGrade()).contains(AuditGrade.POOR);
        assertThat(goal.allowedActions()).isEmpty();
        assertThat(goal.currentVersion().isOpen()).isFalse();
        assertThatThrownBy(() -> goal.revise(UNIT_OPERATOR, at(40)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowed()).isEmpty());
        assertThatThrownBy(() -> goal.openAdjustment("重新申报", UNIT_OPERATOR, at(40)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void editingAReturnedVersionMakesItADraftAndKeepsTheReasonsReadable() {
        PerformanceGoal goal = goalIn(GoalStatus.RETURNED);
        List<ReturnReason> reasons = goal.currentVersion().latestReturnReasons();
        GoalContent revised = new GoalContent("2024年完成12个老旧小区改造，惠及居民1500户。", null, null,
                GoalFixtures.goodIndicators());

        goal.editContent(revised, TAXONOMY, UNIT_OPERATOR, at(25));

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(goal.getContent()).isEqualTo(revised);
        assertThat(goal.currentVersion().latestReturnReasons()).isEqualTo(reasons).isNotEmpty();
        assertThat(last(goal).action()).isEqualTo(GoalAction.REVISE);
        assertThat(last(goal).from()).isEqualTo(GoalStatus.RETURNED);

        GoalFixtures.submit(goal);
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.SUBMITTED);
    }

    @Test
    void revisingAReturnedVersionMakesItADraftWithItsContentUnchanged() {
        PerformanceGoal goal = goalIn(GoalStatus.RETURNED);
        GoalContent before = goal.getContent();

        goal.revise(UNIT_OPERATOR, at(25));

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(goal.getContent()).isSameAs(before);
    }

    @Test
    void editingADraftKeepsItADraftWithoutAHistoryEntry() {
        PerformanceGoal goal = GoalFixtures.draftProjectGoal();
        GoalContent changed = GoalFixtures.contentWith(GoalFixtures.goodIndicators());

        goal.editContent(changed, TAXONOMY, UNIT_OPERATOR, at(5));

        assertThat(goal.getContent()).isEqualTo(changed);
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(goal.currentVersion().getHistory()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"SUBMITTED", "DEPT_REVIEWED", "FINANCE_REVIEWED", "REJECTED", "APPROVED", "PUBLISHED"})
    void onlyDraftOrReturnedContentIsEditable(GoalStatus status) {
        PerformanceGoal goal = goalIn(status);
        GoalContent before = goal.getContent();

        assertThatThrownBy(() -> goal.editContent(GoalFixtures.goodContent(), TAXONOMY, UNIT_OPERATOR, at(60)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("GOAL_TRANSITION_NOT_ALLOWED");
                    assertThat(e.state()).isEqualTo(status.name());
                    assertThat(e.action()).isEqualTo("EDIT");
                });
        assertThat(goal.getContent()).isSameAs(before);
    }

    @Test
    void contentWhoseIndicatorsAreNotInTheTaxonomyIsRefused() {
        PerformanceGoal goal = GoalFixtures.draftProjectGoal();
        List<Indicator> indicators = new ArrayList<>(GoalFixtures.goodIndicators());
        indicators.add(GoalFixtures.quantitative(GoalFixtures.id(30), "BENEFIT", "QUANTITY", "加装电梯数",
                Comparator.AT_LEAST, "5", "部"));

        assertThatThrownBy(() -> goal.editContent(GoalFixtures.contentWith(indicators), TAXONOMY, UNIT_OPERATOR, at(5)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INDICATOR_CATEGORY_UNKNOWN");
                    assertThat(e.arguments()).containsEntry("level1", "BENEFIT").containsEntry("level2", "QUANTITY");
                });
        assertThatThrownBy(() -> GoalFixtures.draftProjectGoal(GoalFixtures.contentWith(indicators)))
                .isInstanceOf(InvalidValueException.class);
    }

    /** Every action a status does not allow is refused with the status, the action and what is allowed. */
    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void everyActionAStatusDoesNotAllowIsRefusedNamingTheAllowedOnes(GoalStatus status) {
        for (GoalAction action : List.of(GoalAction.SUBMIT, GoalAction.PASS_DEPARTMENT_REVIEW, GoalAction.RETURN,
                GoalAction.REVIEW_BY_FINANCE, GoalAction.REVISE, GoalAction.APPROVE, GoalAction.PUBLISH,
                GoalAction.OPEN_ADJUSTMENT, GoalAction.EDIT)) {
            PerformanceGoal goal = goalIn(status);
            if (status.allows(action)) {
                perform(action).accept(goal);
                assertThat(goal.getVersions().size() > 1 || goal.getStatus() != status || action == GoalAction.EDIT)
                        .as(status + " " + action + " should have done something").isTrue();
            } else {
                assertThatThrownBy(() -> perform(action).accept(goal))
                        .as(status + " " + action)
                        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                            assertThat(e.state()).isEqualTo(status.name());
                            assertThat(e.action()).isEqualTo(action.name());
                            assertThat(e.allowed()).isEqualTo(status.allowedActions().stream().map(Enum::name).toList());
                            assertThat(e.arguments()).containsEntry("allowed", e.allowed());
                        });
                assertThat(goal.getStatus()).isEqualTo(status);
            }
        }
    }

    private static Consumer<PerformanceGoal> perform(GoalAction action) {
        return switch (action) {
            case SUBMIT -> GoalFixtures::submit;
            case PASS_DEPARTMENT_REVIEW -> GoalFixtures::passDepartment;
            case RETURN -> g -> g.returnForRevision(REASONS, DEPT_REVIEWER, at(60));
            case REVIEW_BY_FINANCE -> GoalFixtures::passFinance;
            case REVISE -> g -> g.revise(UNIT_OPERATOR, at(60));
            case APPROVE -> g -> g.approve(FINANCE_REVIEWER, at(60));
            case PUBLISH -> g -> g.publish(FINANCE_REVIEWER, at(60));
            case OPEN_ADJUSTMENT -> g -> g.openAdjustment("年中追加资金", UNIT_OPERATOR, at(60));
            case EDIT -> g -> g.editContent(GoalFixtures.goodContent(), TAXONOMY, UNIT_OPERATOR, at(60));
            case CREATE -> throw new IllegalArgumentException("not an action on a goal");
        };
    }

    @Test
    void aRefusedEditOfAReturnedVersionLeavesItReturned() {
        PerformanceGoal goal = goalIn(GoalStatus.RETURNED);
        List<Indicator> misplaced = new ArrayList<>(GoalFixtures.goodIndicators());
        misplaced.add(GoalFixtures.quantitative(GoalFixtures.id(30), "SATISFACTION", "COST", "满意度成本", Comparator.AT_MOST, "1", "元"));

        assertThatThrownBy(() -> goal.editContent(GoalFixtures.contentWith(misplaced), TAXONOMY, UNIT_OPERATOR, at(25)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.RETURNED);
        assertThat(last(goal).action()).isEqualTo(GoalAction.RETURN);
    }

    @Test
    void editingASubmittedGoalIsAnIllegalTransitionEvenWithInvalidContent() {
        PerformanceGoal goal = goalIn(GoalStatus.SUBMITTED);
        List<Indicator> misplaced = List.of(GoalFixtures.quantitative(GoalFixtures.id(30), "SATISFACTION", "COST", "满意度成本",
                Comparator.AT_MOST, "1", "元"));
        assertThatThrownBy(() -> goal.editContent(GoalFixtures.contentWith(misplaced), TAXONOMY, UNIT_OPERATOR, at(25)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aTransitionNeedsAnActor() {
        PerformanceGoal goal = goalIn(GoalStatus.FINANCE_REVIEWED);
        assertThatThrownBy(() -> goal.approve(" ", at(40)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("actor"));
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.FINANCE_REVIEWED);
    }

    @Test
    void theDepartmentsRemarkIsKeptWithItsReview() {
        PerformanceGoal goal = goalIn(GoalStatus.SUBMITTED);
        goal.passDepartmentReview("同意上报", DEPT_REVIEWER, at(20));
        assertThat(last(goal).note()).isEqualTo("同意上报");
    }

    private static ReviewStep last(PerformanceGoal goal) {
        List<ReviewStep> history = goal.currentVersion().getHistory();
        return history.get(history.size() - 1);
    }
}
