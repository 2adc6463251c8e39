package cn.gov.daxiang.perf.application.service.evaluation;

import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringEntries;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.OpenMonitoringRoundCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.RecordMonitoringEntriesCommand;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.execution.ExecutionSource;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.FINANCE;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.KINDERGARTEN;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.OPERATOR;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monitoring use cases with the sync's execution figures on the in-memory fakes. */
class ExecutionFromProvinceUseCaseTest {

    private static final ProjectCode PROJECT = ProjectCode.of("43050325T000105002001");
    private final EvaluationUseCases app = new EvaluationUseCases(Instant.parse("2025-10-10T02:00:00Z"));

    private MonitoringRoundId round() {
        return app.rounds.openMonitoringRound(FINANCE, new OpenMonitoringRoundCommand(YEAR, 9, LocalDate.of(2025, 10, 20), null))
                .round().getId();
    }

    private void synced(FiscalYear year, String adjusted, String executed) {
        app.stores.executions.save(new ProjectExecution(PROJECT, year, BudgetExecution.of(Money.of(adjusted), Money.of(executed)),
                LocalDate.of(2025, 9, 30)));
    }

    private static BudgetExecution figures(String adjusted, String executed) {
        return BudgetExecution.of(Money.of(adjusted), Money.of(executed));
    }

    @Test
    void aProjectsReportOpensWithTheProvincesFiguresInOneCreationAndAnOverrideWithoutReasonChangesNothing() {
        MonitoringRoundId round = round();
        GoalId goal = app.approvedProjectGoal(KINDERGARTEN, PROJECT);
        synced(YEAR, "1000000.00", "400000.00");
        app.forgetSoFar();

        MonitoringReportDetails opened = app.reports.openMonitoringReport(OPERATOR, round, goal);
        assertThat(opened.report().getReportedExecution().map(ReportedExecution::source)).contains(ExecutionSource.PROVINCE);
        assertThat(app.audit()).extracting(AuditEvent::action).containsExactly("create");

        assertThatThrownBy(() -> app.reports.recordMonitoringEntries(OPERATOR, new RecordMonitoringEntriesCommand(opened.report().getId(),
                opened.revision(), new MonitoringEntries(figures("1000000.00", "800000.00"), List.of()))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo(ReportedExecution.REASON_REQUIRED));
        assertThat(app.stores.reports.findById(opened.report().getId()).orElseThrow().revision()).isEqualTo(opened.revision());

        MonitoringReportDetails overridden = app.reports.recordMonitoringEntries(OPERATOR, new RecordMonitoringEntriesCommand(
                opened.report().getId(), opened.revision(), new MonitoringEntries(figures("1000000.00", "800000.00"), List.of(), "在途支付")));
        assertThat(overridden.report().isExecutionFlagged()).isTrue();
        assertThat(overridden.warningPreview().level().name()).isEqualTo("GREEN");
        assertThat(app.audit().get(app.audit().size() - 1).changes()).extracting(cn.gov.daxiang.perf.domain.audit.FieldChange::field)
                .contains("executionSource", "executed");
    }

    @Test
    void figuresOfAnotherFiscalYearAndDepartmentOverallReportsLeaveTheUnitsFigures() {
        MonitoringRoundId round = round();
        synced(FiscalYear.of(2024), "1000000.00", "400000.00");
        MonitoringReportDetails project = app.reports.openMonitoringReport(OPERATOR, round, app.approvedProjectGoal(KINDERGARTEN, PROJECT));
        assertThat(project.report().getReportedExecution()).isEmpty();
        MonitoringReportDetails overall = app.reports.openMonitoringReport(OPERATOR, round, app.approvedGoal(KINDERGARTEN));
        MonitoringReportDetails typed = app.reports.recordMonitoringEntries(OPERATOR, new RecordMonitoringEntriesCommand(
                overall.report().getId(), overall.revision(), new MonitoringEntries(figures("500000.00", "450000.00"), List.of())));
        assertThat(typed.report().getReportedExecution().map(ReportedExecution::source)).contains(ExecutionSource.UNIT);
    }
}
