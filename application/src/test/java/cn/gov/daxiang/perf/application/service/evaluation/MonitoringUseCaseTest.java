package cn.gov.daxiang.perf.application.service.evaluation;

import cn.gov.daxiang.perf.application.port.in.monitoring.ChangeMonitoringRoundCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.DecideOnFundsCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringEntries;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringRoundDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.OpenMonitoringRoundCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.RecordMonitoringEntriesCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.ReviewMonitoringReportCommand;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecided;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.FundsStatus;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.Likelihood;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportReviewed;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportSubmitted;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundOpened;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.DEPT_REVIEWER;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.ENROLMENT;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.FINANCE;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.KINDERGARTEN;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.OPERATOR;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.PUPILS;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.SATISFACTION;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Monitoring on the in-memory fakes, without a container: finance's rounds, the unit's report (the warning previewed
 * while drafting and kept at submission), the reviews and the funds decision, each through the change pipeline with
 * the audit records the API has always written and the events the province is told of.
 */
class MonitoringUseCaseTest {

    private static final Instant T0 = Instant.parse("2025-10-10T02:00:00Z");

    private final EvaluationUseCases app = new EvaluationUseCases(T0);

    @Test
    void financeOpensARoundAndTheOpeningIsAuditedAsACreation() {
        MonitoringRoundDetails round = openRound();

        assertThat(app.recorded.events()).containsExactly(new MonitoringRoundOpened(round.round().getId(), round.round().getPeriod()));
        AuditEvent audit = only(app.audit());
        assertThat(audit.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(audit.action()).isEqualTo("create");
        assertThat(audit.objectType()).isEqualTo(MonitoringRound.AUDIT_TYPE);
        assertThat(audit.occurredAt()).isEqualTo(T0);
        assertThat(audit.changes()).contains(new FieldChange("cutOffMonth", null, "9"), new FieldChange("dueDate", null, "2025-10-20"));
    }

    @Test
    void someoneWhoMayNotChangeARoundIsRefusedAsForbiddenWhateverRevisionTheySentAndNothingIsRecorded() {
        MonitoringRoundDetails round = openRound();
        app.forgetSoFar();

        assertThatThrownBy(() -> app.rounds.changeMonitoringRound(OPERATOR,
                new ChangeMonitoringRoundCommand(round.round().getId(), 999, LocalDate.of(2025, 10, 31), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> app.rounds.changeMonitoringRound(FINANCE,
                new ChangeMonitoringRoundCommand(round.round().getId(), 999, LocalDate.of(2025, 10, 31), null)))
                .isInstanceOf(StaleRevisionException.class);
        assertThat(app.recorded.events()).isEmpty();
        assertThat(app.audit()).isEmpty();
    }

    @Test
    void reschedulingARoundIsOneUpdateWithTheDueDatesChange() {
        MonitoringRoundDetails round = openRound();
        app.forgetSoFar();

        MonitoringRoundDetails changed = app.rounds.changeMonitoringRound(FINANCE,
                new ChangeMonitoringRoundCommand(round.round().getId(), round.revision(), LocalDate.of(2025, 10, 31), null));

        assertThat(changed.revision()).isEqualTo(round.revision() + 1);
        AuditEvent audit = only(app.audit());
        assertThat(audit.kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(audit.changes()).containsExactly(new FieldChange("dueDate", "2025-10-20", "2025-10-31"));
    }

    @Test
    void theUnitFillsItsReportSeesTheWarningComingAndSubmissionKeepsTheRedWarning() {
        MonitoringReportDetails opened = openReport();
        assertThat(opened.warningPreview().level()).isEqualTo(WarningLevel.GREEN);
        app.forgetSoFar();

        MonitoringReportDetails filled = fillRed(opened);

        assertThat(filled.warningPreview().level()).as("execution 40 %% against 75 %% time progress").isEqualTo(WarningLevel.RED);
        AuditEvent update = only(app.audit());
        assertThat(update.kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(update.changes()).extracting(FieldChange::field).contains("adjustedBudget", "executed", "line01 在园幼儿数");
        app.forgetSoFar();
        app.clock.advance(Duration.ofHours(1));

        MonitoringReportDetails submitted = app.reports.submitMonitoringReport(OPERATOR, id(filled), filled.revision());

        assertThat(submitted.report().getStatus()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(submitted.report().getWarning().orElseThrow().level()).isEqualTo(WarningLevel.RED);
        assertThat(submitted.warningPreview()).as("a submitted report shows its kept warning, no preview").isNull();
        assertThat(app.recorded.events(MonitoringReportSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.warning().level()).isEqualTo(WarningLevel.RED));
        AuditEvent submit = only(app.audit());
        assertThat(submit.kind()).isEqualTo(AuditKind.TRANSITION);
        assertThat(submit.action()).isEqualTo("submit");
        assertThat(submit.occurredAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(submit.changes()).contains(new FieldChange("status", "DRAFT", "SUBMITTED"), new FieldChange("warning", null, "RED"));
    }

    @Test
    void aRefusedLineIsNamedByItsIndexAndChangesNothing() {
        MonitoringReportDetails opened = openReport();
        app.forgetSoFar();

        assertThatThrownBy(() -> app.reports.recordMonitoringEntries(OPERATOR, new RecordMonitoringEntriesCommand(id(opened),
                opened.revision(), new MonitoringEntries(null, List.of(
                        IndicatorProgress.quantitative(PUPILS, new BigDecimal("200"), new BigDecimal("300"), Likelihood.CERTAIN),
                        IndicatorProgress.quantitative(new java.util.UUID(9L, 9L), BigDecimal.ONE, BigDecimal.ONE, Likelihood.CERTAIN))))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("lines[1]"));
        assertThat(app.stores.reports.findById(id(opened)).orElseThrow().report().getProgress()).isEmpty();
        assertThat(app.recorded.events()).isEmpty();
        assertThat(app.audit()).isEmpty();
    }

    @Test
    void theDepartmentThenFinanceApproveAndOnlyFinancesApprovalIsTheReviewedEventTheProvinceHears() {
        MonitoringReportDetails submitted = submitRed();
        app.forgetSoFar();

        MonitoringReportDetails passed = app.reportReview.reviewMonitoringReport(DEPT_REVIEWER,
                new ReviewMonitoringReportCommand(id(submitted), submitted.revision(), ReviewAction.DEPT_APPROVE, null));
        MonitoringReportDetails approved = app.reportReview.reviewMonitoringReport(FINANCE,
                new ReviewMonitoringReportCommand(id(passed), passed.revision(), ReviewAction.FINANCE_APPROVE, "同意"));

        assertThat(approved.report().getStatus()).isEqualTo(ReviewState.FINANCE_REVIEWED);
        assertThat(app.recorded.events()).extracting(DomainEvent::action).containsExactly("dept_approve", "finance_approve");
        MonitoringReportReviewed reviewed = app.recorded.events(MonitoringReportReviewed.class).get(0);
        assertThat(reviewed.report().reportId()).isEqualTo(id(submitted));
        assertThat(reviewed.warning().level()).isEqualTo(WarningLevel.RED);
        assertThat(reviewed.fundsStatus()).isEqualTo(FundsStatus.DECISION_PENDING);
        assertThat(reviewed.reviewedAt()).isEqualTo(T0);
        assertThat(app.audit()).extracting(AuditEvent::action).containsExactly("dept_approve", "finance_approve");
        assertThat(app.audit()).allMatch(a -> a.kind() == AuditKind.TRANSITION);
    }

    @Test
    void aReviewerOfAnotherDepartmentCannotSeeTheReport() {
        MonitoringReportDetails submitted = submitRed();
        var stranger = new cn.gov.daxiang.perf.domain.access.Actor("dept-106001",
                java.util.Set.of(cn.gov.daxiang.perf.domain.access.Role.DEPT_REVIEWER),
                cn.gov.daxiang.perf.domain.budgetunit.UnitCode.of("106001"), null, "req-x");
        app.forgetSoFar();

        assertThatThrownBy(() -> app.reportReview.reviewMonitoringReport(stranger,
                new ReviewMonitoringReportCommand(id(submitted), submitted.revision(), ReviewAction.DEPT_APPROVE, null)))
                .isInstanceOf(cn.gov.daxiang.perf.domain.monitoring.MonitoringReportNotFoundException.class);
        assertThat(app.audit()).isEmpty();
    }

    @Test
    void financeSuspendsTheFundsOfARedReportTheDecisionIsAnEventAndAuditedAsDecideFunds() {
        MonitoringReportDetails submitted = submitRed();
        app.forgetSoFar();
        app.clock.advance(Duration.ofDays(1));

        MonitoringReportDetails decided = app.reportReview.decideOnFunds(FINANCE,
                new DecideOnFundsCommand(id(submitted), submitted.revision(), FundsDecisionKind.SUSPEND, "执行进度滞后35个百分点"));

        assertThat(decided.report().getFundsStatus()).isEqualTo(FundsStatus.SUSPENDED);
        FundsDecided event = app.recorded.events(FundsDecided.class).get(0);
        assertThat(event.decision().decidedBy().value()).isEqualTo("finance-01");
        assertThat(event.decision().decidedAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        AuditEvent audit = only(app.audit());
        assertThat(audit.action()).isEqualTo("decide_funds");
        assertThat(audit.changes()).containsExactly(new FieldChange("funds", null, "SUSPEND: 执行进度滞后35个百分点"));
    }

    @Test
    void aFundsDecisionOnAReportThatIsNotRedIsRefusedAndLeavesNoTrace() {
        MonitoringReportDetails opened = openReport();
        app.forgetSoFar();

        assertThatThrownBy(() -> app.reportReview.decideOnFunds(FINANCE,
                new DecideOnFundsCommand(id(opened), opened.revision(), FundsDecisionKind.SUSPEND, "暂缓")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(app.recorded.events()).isEmpty();
        assertThat(app.audit()).isEmpty();
    }

    @Test
    void aReviewCommandRefusesAStepThatIsNoReviewAndAFundsCommandAMissingDecision() {
        assertThatThrownBy(() -> new ReviewMonitoringReportCommand(null, 1, ReviewAction.SUBMIT, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("id"));
        assertThatThrownBy(() -> new ReviewMonitoringReportCommand(cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId.newId(), 1,
                ReviewAction.SUBMIT, null)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("step"));
        assertThatThrownBy(() -> new DecideOnFundsCommand(cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId.newId(), 1, null, "x"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).contains("decision");
                    assertThat(e.code()).isEqualTo("REQUEST_FIELD_REQUIRED");
                });
    }

    // --- helpers --------------------------------------------------------------------------------------

    private MonitoringRoundDetails openRound() {
        return app.rounds.openMonitoringRound(FINANCE, new OpenMonitoringRoundCommand(YEAR, 9, LocalDate.of(2025, 10, 20), null));
    }

    private MonitoringReportDetails openReport() {
        MonitoringRoundDetails round = openRound();
        GoalId goal = app.approvedGoal(KINDERGARTEN);
        return app.reports.openMonitoringReport(OPERATOR, round.round().getId(), goal);
    }

    /** 1–9月 at 40 % execution: more than 20 points behind time progress, RED; every indicator on track. */
    private MonitoringReportDetails fillRed(MonitoringReportDetails draft) {
        return app.reports.recordMonitoringEntries(OPERATOR, new RecordMonitoringEntriesCommand(id(draft), draft.revision(),
                new MonitoringEntries(BudgetExecution.of(Money.of("1000000.00"), Money.of("400000.00")), List.of(
                        IndicatorProgress.quantitative(PUPILS, new BigDecimal("290"), new BigDecimal("300"), Likelihood.CERTAIN),
                        IndicatorProgress.quantitative(ENROLMENT, new BigDecimal("96"), new BigDecimal("96"), Likelihood.CERTAIN),
                        IndicatorProgress.quantitative(SATISFACTION, new BigDecimal("92"), new BigDecimal("92"), Likelihood.CERTAIN)))));
    }

    private MonitoringReportDetails submitRed() {
        MonitoringReportDetails filled = fillRed(openReport());
        return app.reports.submitMonitoringReport(OPERATOR, id(filled), filled.revision());
    }

    private static cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId id(MonitoringReportDetails details) {
        return details.report().getId();
    }

    private static AuditEvent only(List<AuditEvent> audit) {
        assertThat(audit).hasSize(1);
        return audit.get(0);
    }
}
