package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.CHECKS;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.CONTEXT;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.DEPT_REVIEWER;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.FINANCE_REVIEWER;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.OLD_AREAS;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.QUANTITY;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.TAXONOMY;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.UNIT_OPERATOR;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a goal records as it goes: one event per step, named as the audit trail names the step. */
class PerformanceGoalEventsTest {

    @Test
    void aDeclarationRecordsGoalDeclaredAsACreation() {
        PerformanceGoal goal = GoalFixtures.draftProjectGoal();

        List<DomainEvent> events = goal.pullEvents();

        assertThat(events).containsExactly(new GoalDeclared(goal.getId(), GoalKind.PROJECT));
        assertThat(events.get(0).action()).isEqualTo("create");
        assertThat(goal.pullEvents()).isEmpty();
    }

    @Test
    void aRestoredGoalHasRecordedNothing() {
        PerformanceGoal goal = GoalFixtures.goalIn(GoalStatus.APPROVED);
        PerformanceGoal restored = PerformanceGoal.restore(goal.getId(), goal.getKind(), goal.getFiscalYear(), goal.getUnitCode(),
                goal.getProjectCode().orElse(null), null, goal.getVersions());

        assertThat(restored.pullEvents()).isEmpty();
    }

    @Test
    void eachStepOfTheLifecycleRecordsExactlyOneEventUnderItsActionName() {
        PerformanceGoal goal = GoalFixtures.draftProjectGoal();
        goal.pullEvents();

        assertThat(actionsOf(goal, () -> goal.editContent(GoalFixtures.goodContent(), TAXONOMY, UNIT_OPERATOR, at(5)))).containsExactly("edit");
        assertThat(actionsOf(goal, () -> goal.submit(CHECKS, CONTEXT, UNIT_OPERATOR, at(10)))).containsExactly("submit");
        assertThat(actionsOf(goal, () -> goal.returnForRevision(List.of(ReturnReason.forGoal("补充成本指标")), DEPT_REVIEWER, at(15))))
                .containsExactly("return");
        assertThat(actionsOf(goal, () -> goal.revise(UNIT_OPERATOR, at(20)))).containsExactly("revise");
        assertThat(actionsOf(goal, () -> goal.submit(CHECKS, CONTEXT, UNIT_OPERATOR, at(25)))).containsExactly("submit");
        assertThat(actionsOf(goal, () -> goal.passDepartmentReview(null, DEPT_REVIEWER, at(30)))).containsExactly("pass_department_review");
        assertThat(actionsOf(goal, () -> goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), FINANCE_REVIEWER, at(35))))
                .containsExactly("review_by_finance");
        assertThat(actionsOf(goal, () -> goal.approve(FINANCE_REVIEWER, at(40)))).containsExactly("approve");
        assertThat(actionsOf(goal, () -> goal.publish(FINANCE_REVIEWER, at(45)))).containsExactly("publish");
        assertThat(actionsOf(goal, () -> goal.openAdjustment("预算调减", UNIT_OPERATOR, at(50)))).containsExactly("open_adjustment");
    }

    @Test
    void editingAReturnedVersionIsOneEditEventThoughTheVersionAlsoBecomesADraftAgain() {
        PerformanceGoal goal = GoalFixtures.draftProjectGoal();
        GoalFixtures.submit(goal);
        goal.returnForRevision(List.of(ReturnReason.forIndicator(QUANTITY, "目标值偏低")), DEPT_REVIEWER, at(15));
        goal.pullEvents();

        goal.editContent(GoalFixtures.goodContent(), TAXONOMY, UNIT_OPERATOR, at(20));

        assertThat(goal.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(goal.pullEvents()).containsExactly(new GoalStepTaken(goal.getId(), 1, GoalAction.EDIT));
    }

    @Test
    void aRefusedStepRecordsNothing() {
        PerformanceGoal goal = GoalFixtures.goalIn(GoalStatus.DEPT_REVIEWED);
        goal.pullEvents();

        assertThatThrownBy(() -> goal.reviewByFinance(AuditGrade.GOOD, null, List.of(), FINANCE_REVIEWER, at(35)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> goal.approve(FINANCE_REVIEWER, at(40))).isInstanceOf(DomainException.class);

        assertThat(goal.pullEvents()).isEmpty();
    }

    @Test
    void approvalIsRecordedAsGoalApprovedCarryingTheApprovedContentAndNoOtherEvent() {
        PerformanceGoal goal = GoalFixtures.goalIn(GoalStatus.FINANCE_REVIEWED);
        goal.pullEvents();

        goal.approve(FINANCE_REVIEWER, at(40));

        List<DomainEvent> events = goal.pullEvents();
        assertThat(events).singleElement().isInstanceOfSatisfying(GoalApproved.class, approved -> {
            assertThat(approved.action()).isEqualTo("approve");
            assertThat(approved.goalId()).isEqualTo(goal.getId());
            assertThat(approved.kind()).isEqualTo(GoalKind.PROJECT);
            assertThat(approved.projectCodeIfAny()).hasValue(OLD_AREAS);
            assertThat(approved.version()).isEqualTo(1);
            assertThat(approved.isAdjustment()).isFalse();
            assertThat(approved.auditGrade()).isEqualTo(goal.currentVersion().getAuditGrade().orElseThrow());
            assertThat(approved.approvedAt()).isEqualTo(at(40));
            assertThat(approved.content()).isEqualTo(goal.currentVersion().getContent());
        });
    }

    @Test
    void theApprovalOfALaterVersionIsAnAdjustmentCarryingThatVersionsContent() {
        PerformanceGoal goal = GoalFixtures.goalIn(GoalStatus.APPROVED);
        GoalContent original = goal.currentVersion().getContent();
        goal.openAdjustment("预算调减", UNIT_OPERATOR, at(50));
        GoalContent adjusted = new GoalContent("调整后：完成10个老旧小区改造，惠及居民1200户。", original.longTermGoal(), null,
                original.indicators());
        goal.editContent(adjusted, TAXONOMY, UNIT_OPERATOR, at(55));
        goal.submit(CHECKS, CONTEXT, UNIT_OPERATOR, at(60));
        goal.passDepartmentReview(null, DEPT_REVIEWER, at(65));
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), FINANCE_REVIEWER, at(70));
        goal.pullEvents();

        goal.approve(FINANCE_REVIEWER, at(90));

        GoalApproved approved = (GoalApproved) goal.pullEvents().get(0);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.isAdjustment()).isTrue();
        assertThat(approved.content()).isEqualTo(adjusted).isNotEqualTo(original);
        assertThat(approved.approvedAt()).isEqualTo(at(90));
    }

    @Test
    void approvalIsNoStepTakenEvent() {
        assertThatThrownBy(() -> new GoalStepTaken(GoalId.newId(), 1, GoalAction.APPROVE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> actionsOf(PerformanceGoal goal, Runnable step) {
        step.run();
        return goal.pullEvents().stream().map(DomainEvent::action).toList();
    }
}
