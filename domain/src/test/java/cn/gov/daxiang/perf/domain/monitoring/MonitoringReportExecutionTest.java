package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.execution.ExecutionSource;
import cn.gov.daxiang.perf.domain.execution.ExecutionTolerance;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.atLeast;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.execution;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

class MonitoringReportExecutionTest {

    /** Time progress at the end of September is 75 %; the province's 13,000,000 of 34,000,000 is 38.24 %. */
    private final MonitoringReport report = report("105001", List.of(atLeast("改造小区数", "12", "个")));
    private final ProjectExecution province = new ProjectExecution(report.getProjectCode().orElseThrow(), FiscalYear.of(2024),
            execution("34000000", "13000000"), LocalDate.of(2024, 9, 30));

    @Test
    void theWarningIsAssessedFromTheProvincesFigures() {
        report.recordExecution(ReportedExecution.province(province));
        assertThat(report.assess(WarningPolicy.standard()).level()).isEqualTo(WarningLevel.RED);
        assertThat(report.getExecution()).contains(province.execution());
        assertThat(report.getReportedExecution().map(ReportedExecution::asOf)).contains(LocalDate.of(2024, 9, 30));
    }

    @Test
    void anOverrideCountsTheUnitsFiguresAndIsFlaggedOnTheReport() {
        // the example: the unit typed 25,500,000 executed where the province's figure gives RED
        ReportedExecution override = ReportedExecution.resolve(province, execution("34000000", "25500000"), "含已审批未支付",
                null, ExecutionTolerance.DEFAULT);
        report.recordExecution(override);
        assertThat(report.assess(WarningPolicy.standard()).level()).isNotEqualTo(WarningLevel.RED);
        assertThat(report.isExecutionFlagged()).isTrue();
        assertThat(report.getReportedExecution().map(ReportedExecution::source)).contains(ExecutionSource.UNIT_OVERRIDE);
        assertThat(report.auditSnapshot().fields().get("executionSource")).contains("UNIT_OVERRIDE", "含已审批未支付", "FLAGGED");
    }

    @Test
    void theReviewedEventTheProvinceHearsCarriesTheEffectiveFigures() {
        ReportedExecution override = ReportedExecution.resolve(province, execution("34000000", "25500000"), "含已审批未支付",
                null, ExecutionTolerance.DEFAULT);
        report.recordProgress(IndicatorProgress.quantitative(report.getIndicators().get(0).id(), new java.math.BigDecimal("9"),
                new java.math.BigDecimal("12"), Likelihood.CERTAIN));
        report.recordExecution(override);
        report.submit(MonitoringFixtures.UNIT_OPERATOR, MonitoringFixtures.T0, WarningPolicy.standard());
        report.approveAsDepartment(MonitoringFixtures.DEPT_REVIEWER, MonitoringFixtures.T0, null);
        report.approveAsFinance(MonitoringFixtures.FINANCE_REVIEWER, MonitoringFixtures.T0, null);
        MonitoringReportReviewed reviewed = report.pullEvents().stream().filter(MonitoringReportReviewed.class::isInstance)
                .map(MonitoringReportReviewed.class::cast).findFirst().orElseThrow();
        assertThat(reviewed.executionIfAny()).contains(execution("34000000", "25500000"));
    }

    @Test
    void unitFiguresRecordedWithoutSourceAreTheUnitsAndNeverFlagged() {
        report.recordExecution(execution("34000000", "25500000"));
        assertThat(report.getReportedExecution().map(ReportedExecution::source)).contains(ExecutionSource.UNIT);
        assertThat(report.isExecutionFlagged()).isFalse();
    }
}
