package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.DEPT_REVIEWER;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.FINANCE_REVIEWER;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.ROUND_1_TO_9;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.T0;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.UNIT_OPERATOR;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.atLeast;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.execution;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.qualitative;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonitoringReportEventsTest {

    private final EvaluatedIndicator count = atLeast("改造小区数", "12", "个");
    private final EvaluatedIndicator living = qualitative("居住条件改善");
    private final MonitoringReport report = report("107001", List.of(count, living));

    /** 1–9月 (75 % time progress) at 40 % execution, and one indicator impossible: a RED report. */
    private void submitRed() {
        report.recordProgress(IndicatorProgress.quantitative(count.id(), new BigDecimal("2"), new BigDecimal("4"), Likelihood.IMPOSSIBLE)
                .explained("征收工作滞后", "申请调整目标"));
        report.recordProgress(IndicatorProgress.qualitative(living.id(), QualitativeTier.ACHIEVED, Likelihood.CERTAIN));
        report.recordExecution(execution("1000000.00", "400000.00"));
        report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard());
    }

    @Test
    void openingFillingAndSubmittingAreOneEventEachWhateverTheNumberOfEntries() {
        submitRed();

        List<DomainEvent> events = report.pullEvents();

        assertThat(events).extracting(DomainEvent::action).containsExactly("create", "update", "submit");
        assertThat(events.get(0)).isEqualTo(new MonitoringReportOpened(report.getId(), ROUND_1_TO_9.getId(), report.getGoal()));
        assertThat(((MonitoringReportSubmitted) events.get(2)).warning().level()).isEqualTo(WarningLevel.RED);
        assertThat(report.pullEvents()).as("pulled once").isEmpty();
    }

    @Test
    void onlyFinancesApprovalIsTheReviewedEventTheDepartmentsStepsAndReturnsAreSteps() {
        submitRed();
        report.pullEvents();
        report.approveAsDepartment(DEPT_REVIEWER, T0.plusSeconds(60), null);
        report.returnByFinance(FINANCE_REVIEWER, T0.plusSeconds(90), "请补充说明");

        assertThat(report.pullEvents()).containsExactly(new MonitoringReportStepTaken(report.getId(), ReviewAction.DEPT_APPROVE),
                new MonitoringReportStepTaken(report.getId(), ReviewAction.FINANCE_RETURN));
    }

    @Test
    void theReviewedEventCarriesExecutionAgainstTimeProgressTheWarningTheFundsAndEveryIndicatorsProgress() {
        submitRed();
        report.approveAsDepartment(DEPT_REVIEWER, T0.plusSeconds(60), null);
        report.approveAsFinance(FINANCE_REVIEWER, T0.plusSeconds(120), "同意");

        MonitoringReportReviewed reviewed = (MonitoringReportReviewed) report.pullEvents().get(4);

        assertThat(reviewed.action()).isEqualTo("finance_approve");
        assertThat(reviewed.report()).isEqualTo(report.subject());
        assertThat(reviewed.timeProgress().value()).isEqualByComparingTo("75.00");
        assertThat(reviewed.executionRate().orElseThrow().value()).isEqualByComparingTo("40.00");
        assertThat(reviewed.warning().level()).isEqualTo(WarningLevel.RED);
        assertThat(reviewed.fundsStatus()).isEqualTo(FundsStatus.DECISION_PENDING);
        assertThat(reviewed.reviewedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(reviewed.lines()).extracting(l -> l.indicator().name()).containsExactly("改造小区数", "居住条件改善");
        assertThat(reviewed.lines()).extracting(MonitoringReportReviewed.Line::isOffTrack).containsExactly(true, false);
        assertThat(reviewed.lines().get(0).progressIfAny().orElseThrow().deviationReason()).isEqualTo("征收工作滞后");
    }

    @Test
    void aFundsDecisionIsAnEventWithWhoDecidedWhatAndWhy() {
        submitRed();
        report.pullEvents();

        FundsDecision decision = report.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0.plusSeconds(300), "执行进度滞后35个百分点");

        assertThat(report.pullEvents()).containsExactly(new FundsDecided(report.subject(), decision));
        assertThat(decision.decidedBy()).isEqualTo(FINANCE_REVIEWER);
        assertThat(decision.decidedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(decision.reason()).isEqualTo("执行进度滞后35个百分点");
    }

    @Test
    void aRefusedFundsDecisionRecordsNothing() {
        report.pullEvents();

        assertThatThrownBy(() -> report.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0, "暂缓"))
                .isInstanceOf(RuleViolationException.class);
        assertThat(report.pullEvents()).isEmpty();
    }

    @Test
    void aRoundRecordsItsOpeningAndOneChangeForADueDateAndThresholdsChangedTogether() {
        MonitoringRound round = MonitoringRound.open(MonitoringRoundId.newId(), ROUND_1_TO_9.getFiscalYear(), 6,
                java.time.LocalDate.of(2024, 7, 20));
        round.reschedule(java.time.LocalDate.of(2024, 7, 31));
        round.changeWarningPolicy(WarningPolicy.standard());

        assertThat(round.pullEvents()).containsExactly(new MonitoringRoundOpened(round.getId(), round.getPeriod()),
                new MonitoringRoundChanged(round.getId()));
    }
}
