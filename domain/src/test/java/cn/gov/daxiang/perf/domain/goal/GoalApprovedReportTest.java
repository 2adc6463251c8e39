package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalApprovedReportTest {

    private static final Instant T = Instant.parse("2024-03-01T02:00:00Z");

    private static PerformanceGoal approvedGoal() {
        GoalContent content = new GoalContent("完成12个老旧小区改造", null, null, List.of(
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "QUANTITY", "改造小区数量", Comparator.AT_LEAST, new BigDecimal("12"), "个"),
                Indicator.quantitative(IndicatorId.newId(), "BENEFIT", "SOCIAL", "受益户数", Comparator.AT_LEAST, new BigDecimal("1500"), "户"),
                Indicator.quantitative(IndicatorId.newId(), "SATISFACTION", "BENEFICIARY_SATISFACTION", "满意度", Comparator.AT_LEAST,
                        new BigDecimal("90"), "%")));
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), GoalKind.PROJECT, FiscalYear.of(2024), UnitCode.of("108002"),
                ProjectCode.of("43050324T000000000101"), null, content, IndicatorTaxonomy.standard(), "op", T);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "op", T);
        goal.passDepartmentReview(null, "dept", T);
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "fin", T);
        goal.approve("fin", T);
        return goal;
    }

    @Test
    void theReportCarriesTheApprovedVersionWithItsIndicatorsInTheContractsDataElements() {
        PerformanceGoal goal = approvedGoal();

        GoalApprovedReport report = GoalApprovedReport.of(goal, "430503");

        assertThat(report.messageType()).isEqualTo("goal.approved");
        assertThat(report.subjectId()).isEqualTo(goal.getId() + "/v1");
        assertThat(report.payload().toJson()).contains("\"mof_div_code\":\"430503\"", "\"pro_code\":\"43050324T000000000101\"",
                "\"version\":1", "\"adjustment\":false", "\"audit_grade\":\"EXCELLENT\"", "\"name\":\"改造小区数量\"", "\"comparator\":\"≥\"");
    }

    @Test
    void onlyAnApprovedVersionIsReported() {
        PerformanceGoal goal = approvedGoal();
        goal.openAdjustment("追加预算", "op", T);
        assertThatThrownBy(() -> new GoalApprovedReport(goal, goal.currentVersion(), "430503")).isInstanceOf(IllegalArgumentException.class);
        assertThat(GoalApprovedReport.of(goal, "430503").version().getNumber()).isEqualTo(1);
    }
}
