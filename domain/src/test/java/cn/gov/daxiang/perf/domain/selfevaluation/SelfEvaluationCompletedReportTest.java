package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelfEvaluationCompletedReportTest {

    private static final Instant T0 = Instant.parse("2024-02-15T01:00:00Z");

    private final EvaluatedIndicator renovated = EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY",
            "改造小区数", Comparator.AT_LEAST, new BigDecimal("12"), "个", null);
    private final EvaluatedIndicator living = EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL",
            "居住条件改善", null);
    private final EvaluatedIndicator satisfaction = EvaluatedIndicator.quantitative(UUID.randomUUID(), "SATISFACTION",
            "BENEFICIARY", "居民满意度", Comparator.AT_LEAST, new BigDecimal("90"), "%", null);
    private final SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.of(UUID.randomUUID()),
            GoalVersionReference.of(UUID.randomUUID(), 2), SelfEvaluationKind.PROJECT, UnitCode.of("107001"),
            FiscalYear.of(2023), ProjectCode.of("43050323T000010263357"), List.of(renovated, living, satisfaction),
            WeightTemplate.standard());

    /** 产出 50 (9 of 12 → 37.50), 效益 30 (70 % → 21.00), 满意度 10 (met), 执行率 10 (96 %  → 9.60): 78.10, 中. */
    private void submit() {
        evaluation.recordExecution(BudgetExecution.of(Money.of("1250000.00"), Money.of("1200000.00")));
        evaluation.recordAchievement(renovated.id(), Achievement.measured(new BigDecimal("9")));
        evaluation.recordAchievement(living.id(), Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("70")));
        evaluation.recordAchievement(satisfaction.id(), Achievement.measured(new BigDecimal("92")));
        evaluation.explainDeviation(renovated.id(), "3个小区改造顺延至次年");
        evaluation.explainDeviation(living.id(), "部分配套工程未完工");
        evaluation.submit(ActorId.of("unit-107001-operator"), T0, GradeScheme.national());
        evaluation.approveAsDepartment(ActorId.of("dept-107-reviewer"), T0.plusSeconds(60), "同意");
    }

    @Test
    void onlyACompletedEvaluationIsReported() {
        submit();
        assertThatThrownBy(() -> new SelfEvaluationCompletedReport(evaluation, "430503")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportCarriesTheRecordedResultTheExecutionAndEveryLinesScore() {
        submit();
        evaluation.approveAsFinance(ActorId.of("finance-reviewer"), T0.plusSeconds(120), null);

        SelfEvaluationCompletedReport report = new SelfEvaluationCompletedReport(evaluation, "430503");

        assertThat(report.messageType()).isEqualTo("self-evaluation.completed");
        assertThat(report.subjectId()).isEqualTo(evaluation.getId().toString());
        String json = report.payload().toJson();
        assertThat(json).contains("\"fiscal_year\":2023", "\"evaluation_kind\":\"PROJECT\"", "\"pro_code\":\"43050323T000010263357\"",
                "\"goal_version\":2", "\"score\":78.10", "\"grade\":\"MEDIUM\"", "\"grade_scheme\":\"national\"",
                "\"adjusted_budget\":1250000.00", "\"executed\":1200000.00", "\"execution_rate\":96.00",
                "\"completed_at\":\"2024-02-15T01:02:00Z\"", "\"name\":\"改造小区数\"", "\"actual_value\":9", "\"met\":false",
                "\"deviation_reason\":\"3个小区改造顺延至次年\"", "\"actual_tier\":\"PARTLY\"", "\"tier_percentage\":70");
    }
}
