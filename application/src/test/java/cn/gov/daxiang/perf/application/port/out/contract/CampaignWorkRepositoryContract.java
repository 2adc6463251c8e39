package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignWorkRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.CampaignScope;
import cn.gov.daxiang.perf.domain.campaign.OwedCampaignWork;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalBasis;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.SISTER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.STRANGER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.T;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.YEAR;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.givenUnits;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.goalIn;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link CampaignWorkRepository} reads: the work {@link OwedCampaignWork} names, case by case. */
public abstract class CampaignWorkRepositoryContract {

    protected abstract CampaignWorkRepository work();

    protected abstract GoalRepository goals();

    protected abstract ProjectRepository projects();

    protected abstract BudgetUnitRepository units();

    protected abstract MonitoringRoundRepository rounds();

    protected abstract MonitoringReportRepository reports();

    protected abstract SelfEvaluationRepository evaluations();

    protected void stored() {
    }

    private PerformanceGoal givenProjectGoal(GoalStatus status, FiscalYear year, int project) {
        Project p = project(projects(), project, UNIT, year, ProjectCategory.SPECIFIC_PURPOSE);
        PerformanceGoal goal = goalIn(status, GoalKind.PROJECT, year, UNIT, p.getCode());
        goals().add(goal);
        return goal;
    }

    private MonitoringRound givenRound(int cutOffMonth) {
        MonitoringRound round = MonitoringRound.restore(MonitoringRoundId.newId(), YEAR, cutOffMonth, LocalDate.of(2024, cutOffMonth, 1).plusMonths(1).withDayOfMonth(20));
        rounds().add(round);
        return round;
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void aUnitOwesAnItemForAGoalOfTheYearExactlyWhenItHasAnApprovedVersion(GoalStatus status) {
        givenUnits(units());
        PerformanceGoal goal = givenProjectGoal(status, YEAR, 1);
        MonitoringRound round = givenRound(6);
        stored();
        OwedCampaignWork owed = new OwedCampaignWork(CampaignScope.monitoring(round.getId()), YEAR);

        Map<UnitCode, CampaignWorkRepository.UnitWork> work = work().work(owed, List.of(UNIT));

        assertThat(owed.owes(goal)).isEqualTo(status.isApproved());
        if (owed.owes(goal)) {
            assertThat(work.get(UNIT).expectedGoals()).containsExactly(goal.getId().value());
        } else {
            assertThat(work).as("a unit without any work is absent").isEmpty();
        }
    }

    @Test
    void anAdjustmentUnderReviewStillOwesOnTheVersionInForce() {
        givenUnits(units());
        PerformanceGoal goal = givenProjectGoal(GoalStatus.APPROVED, YEAR, 1);
        goal.openAdjustment("预算调整", "operator", T);
        goals().update(goal, 0);
        MonitoringRound round = givenRound(6);
        stored();

        assertThat(work().work(new OwedCampaignWork(CampaignScope.monitoring(round.getId()), YEAR), List.of(UNIT)).get(UNIT).expectedGoals())
                .containsExactly(goal.getId().value());
    }

    @Test
    void aGoalOfAnotherYearOrOfAKindTheScopeDoesNotAskForIsNotOwed() {
        givenUnits(units());
        givenProjectGoal(GoalStatus.APPROVED, FiscalYear.of(2025), 1);
        PerformanceGoal projectGoal = givenProjectGoal(GoalStatus.APPROVED, YEAR, 2);
        stored();

        assertThat(work().work(new OwedCampaignWork(CampaignScope.selfEvaluation(SelfEvaluationKind.DEPARTMENT_OVERALL), YEAR), List.of(UNIT)))
                .isEmpty();
        assertThat(work().work(new OwedCampaignWork(CampaignScope.selfEvaluation(SelfEvaluationKind.PROJECT), YEAR), List.of(UNIT))
                .get(UNIT).expectedGoals()).containsExactly(projectGoal.getId().value());
        assertThat(work().work(new OwedCampaignWork(CampaignScope.selfEvaluation(null), YEAR), List.of(UNIT))
                .get(UNIT).expectedGoals()).containsExactly(projectGoal.getId().value());
    }

    @Test
    void theReportsOfTheScopesRoundCountWithTheirStateAndThoseOfAnotherRoundDoNot() {
        givenUnits(units());
        PerformanceGoal goal = givenProjectGoal(GoalStatus.APPROVED, YEAR, 1);
        MonitoringRound june = givenRound(6);
        MonitoringRound september = givenRound(9);
        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);
        MonitoringReport report = MonitoringReport.open(MonitoringReportId.newId(), june, basis.goal(), UNIT,
                goal.getProjectCode().orElseThrow(), basis.indicators());
        reports().add(report);
        stored();
        OwedCampaignWork ofJune = new OwedCampaignWork(CampaignScope.monitoring(june.getId()), YEAR);
        OwedCampaignWork ofSeptember = new OwedCampaignWork(CampaignScope.monitoring(september.getId()), YEAR);

        assertThat(ofJune.counts(report)).isTrue();
        assertThat(work().work(ofJune, List.of(UNIT)).get(UNIT).items()).containsExactly(Map.entry(goal.getId().value(), ReviewState.DRAFT));
        assertThat(ofSeptember.counts(report)).isFalse();
        assertThat(work().work(ofSeptember, List.of(UNIT)).get(UNIT).items()).isEmpty();
        assertThat(work().work(new OwedCampaignWork(CampaignScope.selfEvaluation(null), YEAR), List.of(UNIT)).get(UNIT).items())
                .as("a report never counts for a self-evaluation campaign").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SelfEvaluationKind.class)
    void theEvaluationsOfTheYearCountForACampaignOfTheirKindOrOfEveryKind(SelfEvaluationKind asked) {
        givenUnits(units());
        PerformanceGoal goal = givenProjectGoal(GoalStatus.APPROVED, YEAR, 1);
        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);
        SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.newId(), basis.goal(), SelfEvaluationKind.PROJECT, UNIT, YEAR,
                goal.getProjectCode().orElseThrow(), basis.indicators(), WeightTemplate.standard());
        evaluations().add(evaluation);
        stored();
        OwedCampaignWork ofKind = new OwedCampaignWork(CampaignScope.selfEvaluation(asked), YEAR);
        OwedCampaignWork ofNextYear = new OwedCampaignWork(CampaignScope.selfEvaluation(null), FiscalYear.of(2025));

        Map<UnitCode, CampaignWorkRepository.UnitWork> work = work().work(ofKind, List.of(UNIT, SISTER, STRANGER));
        assertThat(ofKind.counts(evaluation)).isEqualTo(asked == SelfEvaluationKind.PROJECT);
        if (ofKind.counts(evaluation) || ofKind.owes(goal)) {
            assertThat(work).containsOnlyKeys(UNIT);
            assertThat(work.get(UNIT).items()).isEqualTo(ofKind.counts(evaluation)
                    ? Map.of(goal.getId().value(), ReviewState.DRAFT) : Map.of());
        } else {
            assertThat(work).isEmpty();
        }
        assertThat(work().work(new OwedCampaignWork(CampaignScope.selfEvaluation(null), YEAR), List.of(UNIT)).get(UNIT).items())
                .containsOnlyKeys(goal.getId().value());
        assertThat(ofNextYear.counts(evaluation)).isFalse();
        assertThat(work().work(ofNextYear, List.of(UNIT))).isEmpty();
    }

}
