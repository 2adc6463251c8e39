package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.FINANCE_REVIEWER;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.TAXONOMY;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.UNIT_OPERATOR;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.at;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.goalIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalAdjustmentTest {

    private static final String REASON = "年中追加资金100万元，增加3个小区";

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"APPROVED", "PUBLISHED"})
    void anAdjustmentOfAnApprovedGoalIsANewDraftVersionWithTheSameContent(GoalStatus status) {
        PerformanceGoal goal = goalIn(status);
        GoalContent approvedContent = goal.getContent();

        GoalVersion adjustment = goal.openAdjustment(REASON, UNIT_OPERATOR, at(100));

        assertThat(goal.getVersions()).hasSize(2);
        assertThat(goal.currentVersion()).isSameAs(adjustment);
        assertThat(adjustment.getNumber()).isEqualTo(2);
        assertThat(adjustment.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(adjustment.getContent()).isEqualTo(approvedContent);
        assertThat(adjustment.getAuditGrade()).isEmpty();
        assertThat(adjustment.getAdjustmentReason()).contains(REASON);
        assertThat(adjustment.getHistory()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(GoalAction.OPEN_ADJUSTMENT);
            assertThat(step.actor()).isEqualTo(UNIT_OPERATOR);
            assertThat(step.at()).isEqualTo(at(100));
        });
        assertThat(goal.version(1).getStatus()).isEqualTo(status);
    }

    @Test
    void theApprovedVersionStaysInForceWhileTheAdjustmentIsUnderReview() {
        PerformanceGoal goal = goalIn(GoalStatus.PUBLISHED);
        goal.openAdjustment(REASON, UNIT_OPERATOR, at(100));
        GoalFixtures.submit(goal);

        assertThat(goal.currentVersion().getNumber()).isEqualTo(2);
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.SUBMITTED);
        assertThat(goal.latestApprovedVersion()).hasValueSatisfying(v -> assertThat(v.getNumber()).isEqualTo(1));
        assertThat(goal.hasApprovedVersion()).isTrue();
    }

    @Test
    void anApprovedAdjustmentBecomesTheLatestApprovedVersion() {
        PerformanceGoal goal = goalIn(GoalStatus.PUBLISHED);
        goal.openAdjustment(REASON, UNIT_OPERATOR, at(100));
        GoalFixtures.submit(goal);
        GoalFixtures.passDepartment(goal);
        GoalFixtures.passFinance(goal);
        goal.approve(FINANCE_REVIEWER, at(140));

        assertThat(goal.latestApprovedVersion()).hasValueSatisfying(v -> {
            assertThat(v.getNumber()).isEqualTo(2);
            assertThat(v.getApprovedAt()).contains(at(140));
        });
        assertThat(goal.version(1).getStatus()).isEqualTo(GoalStatus.PUBLISHED);
        assertThat(goal.allowedActions()).containsExactly(GoalAction.PUBLISH, GoalAction.OPEN_ADJUSTMENT);
    }

    @Test
    void editingTheAdjustmentLeavesTheEarlierVersionUnchanged() {
        PerformanceGoal goal = goalIn(GoalStatus.PUBLISHED);
        GoalContent approvedContent = goal.getContent();
        int approvedHistory = goal.version(1).getHistory().size();
        goal.openAdjustment(REASON, UNIT_OPERATOR, at(100));
        List<Indicator> more = new ArrayList<>(GoalFixtures.goodIndicators());
        more.set(0, GoalFixtures.quantitative(GoalFixtures.QUANTITY, "OUTPUT", "QUANTITY", "改造老旧小区数",
                Comparator.AT_LEAST, "15", "个"));

        goal.editContent(GoalFixtures.contentWith(more), TAXONOMY, UNIT_OPERATOR, at(110));

        assertThat(goal.version(1).getContent()).isEqualTo(approvedContent);
        assertThat(goal.version(1).getHistory()).hasSize(approvedHistory);
        assertThat(goal.version(2).getContent().indicators().get(0).targetValue()).isEqualByComparingTo("15");
        assertThat(goal.version(2).getContent().indicators().get(0).id())
                .as("indicators keep their ids across versions").isEqualTo(GoalFixtures.QUANTITY);
    }

    @Test
    void onlyOneVersionIsOpenAtATime() {
        PerformanceGoal goal = goalIn(GoalStatus.APPROVED);
        goal.openAdjustment(REASON, UNIT_OPERATOR, at(100));

        assertThatThrownBy(() -> goal.openAdjustment("再次调整", UNIT_OPERATOR, at(101)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo("DRAFT");
                    assertThat(e.action()).isEqualTo("OPEN_ADJUSTMENT");
                });
        assertThat(goal.getVersions()).hasSize(2);
        assertThat(goal.getVersions().stream().filter(GoalVersion::isOpen)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"DRAFT", "SUBMITTED", "DEPT_REVIEWED", "FINANCE_REVIEWED", "RETURNED", "REJECTED"})
    void onlyAnApprovedOrPublishedGoalCanBeAdjusted(GoalStatus status) {
        PerformanceGoal goal = goalIn(status);
        assertThatThrownBy(() -> goal.openAdjustment(REASON, UNIT_OPERATOR, at(100)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(goal.getVersions()).hasSize(1);
    }

    @Test
    void anAdjustmentNeedsAReason() {
        PerformanceGoal goal = goalIn(GoalStatus.APPROVED);
        assertThatThrownBy(() -> goal.openAdjustment(" ", UNIT_OPERATOR, at(100)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("reason"));
        assertThat(goal.getVersions()).hasSize(1);
    }

    @Test
    void aVersionTheGoalDoesNotHaveIsNotFound() {
        PerformanceGoal goal = goalIn(GoalStatus.APPROVED);
        assertThat(goal.version(1).getNumber()).isEqualTo(1);
        assertThatThrownBy(() -> goal.version(2))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("GOAL_VERSION_NOT_FOUND");
                    assertThat(e.arguments()).containsEntry("version", 2);
                });
    }

    @Test
    void aGoalRestoredFromItsStateBehavesLikeTheOriginal() {
        PerformanceGoal original = goalIn(GoalStatus.PUBLISHED);
        original.openAdjustment(REASON, UNIT_OPERATOR, at(100));

        List<GoalVersion> copies = original.getVersions().stream()
                .map(v -> GoalVersion.restore(v.getNumber(), v.getStatus(), v.getContent(), v.getAuditGrade().orElse(null),
                        v.getHistory()))
                .toList();
        PerformanceGoal restored = PerformanceGoal.restore(original.getId(), original.getKind(), original.getFiscalYear(),
                original.getUnitCode(), original.getProjectCode().orElse(null), null, copies);

        assertThat(restored.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(restored.latestApprovedVersion()).hasValueSatisfying(v -> assertThat(v.getNumber()).isEqualTo(1));
        assertThat(restored.version(1).getHistory()).isEqualTo(original.version(1).getHistory());
        assertThat(restored.allowedActions()).isEqualTo(original.allowedActions());
        GoalFixtures.submit(restored);
        assertThat(restored.getStatus()).isEqualTo(GoalStatus.SUBMITTED);
    }

    @Test
    void restoringVersionsOutOfOrderOrWithAnOpenEarlierVersionIsRefused() {
        PerformanceGoal goal = GoalFixtures.draftProjectGoal();
        GoalContent content = goal.getContent();
        GoalVersion approved = GoalVersion.restore(1, GoalStatus.APPROVED, content, AuditGrade.EXCELLENT, List.of());
        GoalVersion draftOne = GoalVersion.restore(1, GoalStatus.DRAFT, content, null, List.of());
        GoalVersion draftTwo = GoalVersion.restore(2, GoalStatus.DRAFT, content, null, List.of());

        assertThatThrownBy(() -> restore(goal, List.of(draftTwo))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restore(goal, List.of(draftOne, draftTwo))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restore(goal, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(restore(goal, List.of(approved, draftTwo)).currentVersion()).isSameAs(draftTwo);
    }

    private static PerformanceGoal restore(PerformanceGoal goal, List<GoalVersion> versions) {
        return PerformanceGoal.restore(goal.getId(), goal.getKind(), goal.getFiscalYear(), goal.getUnitCode(),
                goal.getProjectCode().orElse(null), null, versions);
    }
}
