package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

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

class MonitoringReportsToProvinceTest {

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
    void onlyAReportApprovedByFinanceIsReportedAsReviewed() {
        submitRed();
        assertThatThrownBy(() -> new MonitoringReportReviewedReport(report, "430503")).isInstanceOf(IllegalArgumentException.class);
        report.approveAsDepartment(DEPT_REVIEWER, T0.plusSeconds(60), null);
        assertThatThrownBy(() -> new MonitoringReportReviewedReport(report, "430503")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReviewedReportCarriesExecutionAgainstTimeProgressTheWarningAndEveryIndicatorsProgress() {
        submitRed();
        report.approveAsDepartment(DEPT_REVIEWER, T0.plusSeconds(60), null);
        report.approveAsFinance(FINANCE_REVIEWER, T0.plusSeconds(120), "同意");

        MonitoringReportReviewedReport reviewed = new MonitoringReportReviewedReport(report, "430503");

        assertThat(reviewed.messageType()).isEqualTo("monitoring.reviewed");
        assertThat(reviewed.subjectId()).isEqualTo(report.getId().toString());
        assertThat(reviewed.payload().toJson()).contains("\"mof_div_code\":\"430503\"", "\"fiscal_year\":2024", "\"cut_off_month\":9",
                "\"agency_code\":\"107001\"", "\"time_progress\":75.00", "\"adjusted_budget\":1000000.00", "\"executed\":400000.00",
                "\"execution_rate\":40.00", "\"warning_level\":\"RED\"", "\"funds_status\":\"DECISION_PENDING\"",
                "\"reviewed_at\":\"2024-10-10T02:02:00Z\"", "\"name\":\"改造小区数\"", "\"projected_year_end\":4",
                "\"likelihood\":\"IMPOSSIBLE\"", "\"off_track\":true", "\"deviation_reason\":\"征收工作滞后\"",
                "\"projected_tier\":\"ACHIEVED\"");
    }

    @Test
    void aFundsDecisionIsReportedWithWhoDecidedWhatAndWhy() {
        submitRed();
        report.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0.plusSeconds(300), "执行进度滞后35个百分点");

        FundsDecisionReport decided = FundsDecisionReport.of(report, "430503");

        assertThat(decided.messageType()).isEqualTo("monitoring.funds-decided");
        assertThat(decided.payload().toJson()).contains("\"report_id\":\"" + report.getId() + "\"", "\"decision\":\"SUSPEND\"",
                "\"reason\":\"执行进度滞后35个百分点\"", "\"decided_by\":\"finance-reviewer\"", "\"decided_at\":\"2024-10-10T02:05:00Z\"");
    }

    @Test
    void thereIsNoFundsReportWithoutADecision() {
        submitRed();
        assertThatThrownBy(() -> FundsDecisionReport.of(report, "430503")).isInstanceOf(IllegalArgumentException.class);
    }
}
