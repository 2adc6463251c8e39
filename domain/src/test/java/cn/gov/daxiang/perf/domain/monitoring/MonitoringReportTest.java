package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.review.ReviewStep;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.DEPT_REVIEWER;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.FINANCE_REVIEWER;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.T0;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.UNIT_OPERATOR;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.atLeast;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.execution;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.qualitative;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonitoringReportTest {

    private final EvaluatedIndicator count = atLeast("改造小区数", "12", "个");
    private final EvaluatedIndicator living = qualitative("居住条件改善");
    private final MonitoringReport report = report("107001", List.of(count, living));

    private void fillOnTrack() {
        report.recordProgress(IndicatorProgress.quantitative(count.id(), new BigDecimal("9"), new BigDecimal("12"), Likelihood.CERTAIN));
        report.recordProgress(IndicatorProgress.qualitative(living.id(), QualitativeTier.ACHIEVED, Likelihood.CERTAIN));
        report.recordExecution(execution("1000000.00", "800000.00"));
    }

    /** 1–9月 at 40 % execution lags 35 points, and one indicator is impossible: RED twice over. */
    private void fillRed() {
        report.recordProgress(IndicatorProgress.quantitative(count.id(), new BigDecimal("2"), new BigDecimal("4"), Likelihood.IMPOSSIBLE)
                .explained("征收工作滞后", "申请调整目标"));
        report.recordProgress(IndicatorProgress.qualitative(living.id(), QualitativeTier.ACHIEVED, Likelihood.CERTAIN));
        report.recordExecution(execution("1000000.00", "400000.00"));
        report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard());
    }

    @Test
    void aNewReportIsADraftThatCopiesTheRoundsPeriod() {
        assertThat(report.getStatus()).isEqualTo(ReviewState.DRAFT);
        assertThat(report.getRoundId()).isEqualTo(MonitoringFixtures.ROUND_1_TO_9.getId());
        assertThat(report.getPeriod().cutOffMonth()).isEqualTo(9);
        assertThat(report.getAllowedActions()).containsExactly("EDIT", "SUBMIT");
        assertThat(report.getWarning()).isEmpty();
    }

    @Test
    void aReportRunsFromDraftThroughBothReviews() {
        fillOnTrack();
        report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard());
        report.approveAsDepartment(DEPT_REVIEWER, T0.plusSeconds(60), null);
        report.approveAsFinance(FINANCE_REVIEWER, T0.plusSeconds(120), "同意");

        assertThat(report.getStatus()).isEqualTo(ReviewState.FINANCE_REVIEWED);
        assertThat(report.getHistory()).extracting(ReviewStep::action)
                .containsExactly(ReviewAction.SUBMIT, ReviewAction.DEPT_APPROVE, ReviewAction.FINANCE_APPROVE);
        assertThat(report.getHistory().get(2).reason()).isEqualTo("同意");
        assertThat(report.getWarning()).contains(Warning.GREEN);
        assertThat(report.getAllowedActions()).isEmpty();
    }

    @Test
    void eitherReviewMayReturnTheReportToDraftWithAReason() {
        fillOnTrack();
        report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard());
        report.returnByDepartment(DEPT_REVIEWER, T0.plusSeconds(60), "完成值与佐证材料不符");
        assertThat(report.getStatus()).isEqualTo(ReviewState.DRAFT);

        report.submit(UNIT_OPERATOR, T0.plusSeconds(120), WarningPolicy.standard());
        report.approveAsDepartment(DEPT_REVIEWER, T0.plusSeconds(180), null);
        report.returnByFinance(FINANCE_REVIEWER, T0.plusSeconds(240), "执行数与国库支付数据不一致");

        assertThat(report.getStatus()).isEqualTo(ReviewState.DRAFT);
        assertThat(report.getHistory()).extracting(ReviewStep::reason).containsExactly(
                null, "完成值与佐证材料不符", null, null, "执行数与国库支付数据不一致");
    }

    @Test
    void aReturnWithoutAReasonIsRefused() {
        fillOnTrack();
        report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard());

        assertThatThrownBy(() -> report.returnByDepartment(DEPT_REVIEWER, T0, "  "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("TEXT_REQUIRED"));
        assertThat(report.getStatus()).isEqualTo(ReviewState.SUBMITTED);
    }

    @Test
    void anIllegalTransitionNamesTheStateTheActionAndTheAllowedActions() {
        assertThatThrownBy(() -> report.approveAsFinance(FINANCE_REVIEWER, T0, null))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("MONITORING_REPORT_TRANSITION_ILLEGAL");
                    assertThat(e.arguments()).containsEntry("state", "DRAFT").containsEntry("action", "FINANCE_APPROVE")
                            .containsEntry("allowed", List.of("EDIT", "SUBMIT"));
                });
    }

    @Test
    void aSubmittedReportCannotBeEditedOrSubmittedAgain() {
        fillOnTrack();
        report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard());

        assertThatThrownBy(() -> report.recordExecution(execution("1.00", "1.00")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.arguments())
                        .containsEntry("action", "EDIT").containsEntry("allowed", List.of("DEPT_APPROVE", "DEPT_RETURN")));
        assertThatThrownBy(() -> report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void submissionNeedsEveryIndicatorsLine() {
        report.recordProgress(IndicatorProgress.quantitative(count.id(), new BigDecimal("9"), new BigDecimal("12"), Likelihood.CERTAIN));
        report.recordExecution(execution("1000000.00", "800000.00"));

        assertThatThrownBy(() -> report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("MONITORING_PROGRESS_MISSING");
                    assertThat(e.arguments()).containsEntry("indicators", List.of("居住条件改善"));
                });
    }

    @Test
    void submissionNeedsTheBudgetSide() {
        report.recordProgress(IndicatorProgress.quantitative(count.id(), new BigDecimal("9"), new BigDecimal("12"), Likelihood.CERTAIN));
        report.recordProgress(IndicatorProgress.qualitative(living.id(), QualitativeTier.ACHIEVED, Likelihood.CERTAIN));

        assertThatThrownBy(() -> report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("MONITORING_EXECUTION_MISSING"));
    }

    @Test
    void anIndicatorProjectedOffTrackNeedsAReasonAndACorrectiveMeasureBeforeSubmission() {
        fillOnTrack();
        report.recordProgress(IndicatorProgress.quantitative(count.id(), new BigDecimal("6"), new BigDecimal("10"), Likelihood.POSSIBLE)
                .explained("征收工作滞后", null));

        assertThatThrownBy(() -> report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("MONITORING_DEVIATION_UNEXPLAINED");
                    assertThat(e.arguments()).containsEntry("indicators", List.of("改造小区数"));
                });

        report.recordProgress(IndicatorProgress.quantitative(count.id(), new BigDecimal("6"), new BigDecimal("10"), Likelihood.POSSIBLE)
                .explained("征收工作滞后", "倒排工期，四季度集中开工"));
        report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard());
        assertThat(report.getWarning().orElseThrow().level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(report.offTrackIndicators()).containsExactly(count);
    }

    @Test
    void aLineMustFitItsIndicatorsKindAndBelongToTheReport() {
        assertThatThrownBy(() -> report.recordProgress(IndicatorProgress.qualitative(count.id(), QualitativeTier.ACHIEVED, Likelihood.CERTAIN)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("MONITORING_PROGRESS_KIND_MISMATCH"));
        assertThatThrownBy(() -> report.recordProgress(IndicatorProgress.quantitative(UUID.randomUUID(), BigDecimal.ONE, BigDecimal.ONE, Likelihood.CERTAIN)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("MONITORING_INDICATOR_UNKNOWN"));
        assertThatThrownBy(() -> IndicatorProgress.quantitative(count.id(), new BigDecimal("-1"), BigDecimal.ONE, Likelihood.CERTAIN))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("MONITORING_VALUE_NEGATIVE"));
    }

    @Test
    void aReportNeedsIndicatorsEachOnce() {
        assertThatThrownBy(() -> report("107001", List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("EVALUATED_INDICATORS_EMPTY"));
        assertThatThrownBy(() -> report("107001", List.of(count, count)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("EVALUATED_INDICATOR_DUPLICATE"));
    }

    @Test
    void financeMaySuspendTheFundsOfARedReportAndTheDecisionIsRecorded() {
        fillRed();
        assertThat(report.getWarning().orElseThrow().level()).isEqualTo(WarningLevel.RED);
        assertThat(report.isFundsDecisionPending()).isTrue();

        FundsDecision decision = report.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0.plusSeconds(3600), "执行严重滞后且目标无法完成");

        assertThat(decision).isEqualTo(new FundsDecision(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0.plusSeconds(3600), "执行严重滞后且目标无法完成"));
        assertThat(report.isFundsSuspended()).isTrue();
        assertThat(report.isFundsDecisionPending()).isFalse();

        report.decideOnFunds(FundsDecisionKind.CONTINUE, FINANCE_REVIEWER, T0.plusSeconds(7200), "单位已调整目标并提交整改计划");
        assertThat(report.isFundsSuspended()).isFalse();
        assertThat(report.getFundsDecisions()).hasSize(2);
    }

    @Test
    void aFundsDecisionOnAReportThatIsNotRedIsRefused() {
        fillOnTrack();
        report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard());

        assertThatThrownBy(() -> report.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0, "试一下"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("FUNDS_DECISION_REQUIRES_RED_WARNING");
                    assertThat(e.arguments()).containsEntry("level", "GREEN");
                });
    }

    @Test
    void aFundsDecisionOnADraftIsRefusedEvenIfItWasRedBeforeItsReturn() {
        fillRed();
        report.returnByDepartment(DEPT_REVIEWER, T0, "请补充佐证材料");

        assertThatThrownBy(() -> report.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0, "暂缓"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FUNDS_DECISION_REPORT_NOT_SUBMITTED"));
    }

    @Test
    void aFundsDecisionNeedsAReason() {
        fillRed();

        assertThatThrownBy(() -> report.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("TEXT_REQUIRED"));
    }

    @Test
    void aRestoredReportHasTheStoredStateAndKeepsItsRules() {
        fillRed();
        report.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0, "暂缓拨款");

        MonitoringReport restored = MonitoringReport.restore(report.getId(), report.getRoundId(), report.getPeriod(),
                report.getGoal(), report.getUnitCode(), report.getProjectCode().orElse(null), report.getIndicators(),
                report.getProgress(), report.getExecution().orElse(null), report.getStatus(), report.getHistory(),
                report.getWarning().orElse(null), report.getFundsDecisions());

        assertThat(restored.getStatus()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(restored.getProgress()).isEqualTo(report.getProgress());
        assertThat(restored.getWarning()).isEqualTo(report.getWarning());
        assertThat(restored.isFundsSuspended()).isTrue();
        assertThat(restored.getHistory()).isEqualTo(report.getHistory());
        assertThatThrownBy(() -> restored.recordExecution(execution("1.00", "1.00"))).isInstanceOf(IllegalTransitionException.class);
        restored.approveAsDepartment(DEPT_REVIEWER, T0, null);
        assertThat(restored.getStatus()).isEqualTo(ReviewState.DEPT_REVIEWED);
    }
}
