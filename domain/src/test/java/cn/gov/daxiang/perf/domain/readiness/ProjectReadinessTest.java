package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.goal.GoalFixtures;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectReadinessTest {

    /** The approved-goal check alone (the standard readiness adds the pre-assessment checks, see PreAssessmentReadinessTest). */
    private final ProjectReadiness readiness = new ProjectReadiness(List.of(new ApprovedGoalCheck()));

    private static Project oldAreas(ProjectKind... kinds) {
        return Project.of(GoalFixtures.OLD_AREAS, "2024年度城镇老旧小区改造项目", GoalFixtures.HOUSING_BUREAU,
                GoalFixtures.YEAR, ProjectCategory.SPECIFIC_PURPOSE, List.of(kinds),
                ProjectFunds.of(GoalFixtures.FUNDS, Money.ZERO, Money.ZERO));
    }

    private ReadinessCheckResult goalCheck(Project project, List<PerformanceGoal> goals) {
        ReadinessReport report = readiness.assess(ProjectReadinessFacts.about(project).withGoals(goals));
        assertThat(report.projectCode()).isEqualTo(project.getCode());
        assertThat(report.results()).hasSize(1);
        ReadinessCheckResult result = report.results().get(0);
        assertThat(result.check()).isEqualTo(ApprovedGoalCheck.CODE);
        assertThat(report.isReady()).isEqualTo(result.passed());
        return result;
    }

    @Test
    void aProjectWithoutAGoalIsNotReady() {
        ReadinessCheckResult result = goalCheck(oldAreas(), List.of());
        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo(ApprovedGoalCheck.GOAL_MISSING);
        assertThat(result.arguments()).containsEntry("projectCode", GoalFixtures.OLD_AREAS.value());
    }

    @Test
    void aGoalOfAnotherProjectOrYearDoesNotCount() {
        PerformanceGoal otherYear = PerformanceGoal.create(new GoalId(new UUID(3L, 3L)), GoalKind.PROJECT,
                FiscalYear.of(2023), GoalFixtures.HOUSING_BUREAU, GoalFixtures.OLD_AREAS, null, GoalFixtures.goodContent(),
                GoalFixtures.TAXONOMY, GoalFixtures.UNIT_OPERATOR, GoalFixtures.T0);
        PerformanceGoal otherProject = PerformanceGoal.create(new GoalId(new UUID(4L, 4L)), GoalKind.PROJECT,
                GoalFixtures.YEAR, GoalFixtures.HOUSING_BUREAU, ProjectCode.of("43050324T000000000102"), null,
                GoalFixtures.goodContent(), GoalFixtures.TAXONOMY, GoalFixtures.UNIT_OPERATOR, GoalFixtures.T0);

        assertThat(goalCheck(oldAreas(), List.of(otherYear, otherProject)).reason()).isEqualTo(ApprovedGoalCheck.GOAL_MISSING);
    }

    @Test
    void aGoalStillUnderReviewFailsNamingItsStatus() {
        PerformanceGoal submitted = GoalFixtures.goalIn(GoalStatus.SUBMITTED);
        ReadinessCheckResult result = goalCheck(oldAreas(), List.of(submitted));
        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo(ApprovedGoalCheck.GOAL_NOT_APPROVED);
        assertThat(result.arguments()).containsEntry("status", "SUBMITTED")
                .containsEntry("goalId", submitted.getId().toString());
    }

    @Test
    void anApprovedGoalPassesNamingTheApprovedVersion() {
        PerformanceGoal goal = GoalFixtures.goalIn(GoalStatus.PUBLISHED);
        goal.openAdjustment("追加资金", GoalFixtures.UNIT_OPERATOR, GoalFixtures.at(100));

        ReadinessCheckResult result = goalCheck(oldAreas(), List.of(goal));

        assertThat(result.passed()).isTrue();
        assertThat(result.reason()).isEqualTo(ApprovedGoalCheck.GOAL_APPROVED);
        assertThat(result.arguments()).containsEntry("version", 1).containsEntry("goalId", goal.getId().toString());
    }

    @Test
    void aTransferPaymentProjectNeedsATransferPaymentGoal() {
        Project transfer = oldAreas(ProjectKind.TRANSFER_PAYMENT);
        PerformanceGoal projectGoal = GoalFixtures.goalIn(GoalStatus.APPROVED);

        ReadinessCheckResult wrongKind = goalCheck(transfer, List.of(projectGoal));
        assertThat(wrongKind.passed()).isFalse();
        assertThat(wrongKind.reason()).isEqualTo(ApprovedGoalCheck.GOAL_OF_WRONG_KIND);
        assertThat(wrongKind.arguments()).containsEntry("kind", "PROJECT").containsEntry("required", "TRANSFER_PAYMENT");

        PerformanceGoal transferGoal = PerformanceGoal.create(new GoalId(new UUID(5L, 5L)), GoalKind.TRANSFER_PAYMENT,
                GoalFixtures.YEAR, GoalFixtures.HOUSING_BUREAU, GoalFixtures.OLD_AREAS,
                new UpperLevelGoalReference(IssuingLevel.PROVINCE, "湘财建〔2024〕5号", "完成老旧小区改造任务", null),
                GoalFixtures.goodContent(), GoalFixtures.TAXONOMY, GoalFixtures.UNIT_OPERATOR, GoalFixtures.T0);
        GoalFixtures.submit(transferGoal);
        GoalFixtures.passDepartment(transferGoal);
        GoalFixtures.passFinance(transferGoal);
        transferGoal.approve(GoalFixtures.FINANCE_REVIEWER, GoalFixtures.at(40));

        assertThat(goalCheck(transfer, List.of(projectGoal, transferGoal)).passed()).isTrue();
    }

    @Test
    void furtherChecksAreAddedWithoutChangingCallersAndAllOfThemRun() {
        ReadinessCheck alwaysFails = new ReadinessCheck() {
            @Override
            public String code() {
                return "READINESS_APPROVED_GOAL";
            }

            @Override
            public ReadinessCheckResult check(ProjectReadinessFacts facts) {
                return ReadinessCheckResult.fail(code(), "READINESS_GOAL_MISSING", Map.of());
            }
        };
        ProjectReadiness twoChecks = new ProjectReadiness(List.of(alwaysFails, new ApprovedGoalCheck()));

        ReadinessReport report = twoChecks.assess(ProjectReadinessFacts.about(oldAreas())
                .withGoals(List.of(GoalFixtures.goalIn(GoalStatus.APPROVED))));

        assertThat(report.results()).extracting(ReadinessCheckResult::passed).containsExactly(false, true);
        assertThat(report.failures()).hasSize(1);
        assertThat(report.isReady()).isFalse();
        assertThat(twoChecks.checkCodes()).hasSize(2);
    }
}
