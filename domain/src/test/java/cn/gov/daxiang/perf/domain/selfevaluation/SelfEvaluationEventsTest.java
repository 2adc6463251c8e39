package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
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

class SelfEvaluationEventsTest {

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
    private void submitAndPassTheDepartment() {
        evaluation.recordExecution(BudgetExecution.of(Money.of("1250000.00"), Money.of("1200000.00")));
        evaluation.recordAchievement(renovated.id(), Achievement.measured(new BigDecimal("9")));
        evaluation.recordAchievement(living.id(), Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("70")));
        evaluation.recordAchievement(satisfaction.id(), Achievement.measured(new BigDecimal("92")));
        evaluation.explainDeviation(renovated.id(), "3个小区改造顺延至次年");
        evaluation.explainDeviation(living.id(), "部分配套工程未完工");
        evaluation.describeOverallAchievement("完成9个小区改造");
        evaluation.submit(ActorId.of("unit-107001-operator"), T0, GradeScheme.national());
        evaluation.approveAsDepartment(ActorId.of("dept-107-reviewer"), T0.plusSeconds(60), "同意");
    }

    @Test
    void fillingIsOneEventWhateverTheNumberOfEntriesAndSubmissionCarriesTheResult() {
        submitAndPassTheDepartment();

        List<DomainEvent> events = evaluation.pullEvents();

        assertThat(events).extracting(DomainEvent::action).containsExactly("create", "update", "submit", "dept_approve");
        assertThat(events.get(0)).isEqualTo(new SelfEvaluationOpened(evaluation.getId(), SelfEvaluationKind.PROJECT, evaluation.getGoal()));
        assertThat(events.get(2)).isEqualTo(new SelfEvaluationSubmitted(evaluation.getId(), evaluation.getResult().orElseThrow()));
    }

    @Test
    void onlyFinancesApprovalCompletesTheEvaluationAReturnIsAStep() {
        submitAndPassTheDepartment();
        evaluation.pullEvents();
        evaluation.returnByFinance(ActorId.of("finance-reviewer"), T0.plusSeconds(90), "请核实满意度");

        assertThat(evaluation.pullEvents()).containsExactly(new SelfEvaluationStepTaken(evaluation.getId(), ReviewAction.FINANCE_RETURN));
    }

    @Test
    void theCompletionCarriesTheRecordedResultTheExecutionAndEveryLinesEntryAndScore() {
        submitAndPassTheDepartment();
        evaluation.pullEvents();
        evaluation.approveAsFinance(ActorId.of("finance-reviewer"), T0.plusSeconds(120), null);

        SelfEvaluationCompleted completed = (SelfEvaluationCompleted) evaluation.pullEvents().get(0);

        assertThat(completed.action()).isEqualTo("finance_approve");
        assertThat(completed.fiscalYear()).isEqualTo(FiscalYear.of(2023));
        assertThat(completed.projectCodeIfAny()).contains(ProjectCode.of("43050323T000010263357"));
        assertThat(completed.goal().version()).isEqualTo(2);
        assertThat(completed.result().score().value()).isEqualByComparingTo("78.10");
        assertThat(completed.result().grade()).isEqualTo(Grade.MEDIUM);
        assertThat(completed.result().schemeId().value()).isEqualTo("national");
        assertThat(completed.execution().rate().orElseThrow().value()).isEqualByComparingTo("96.00");
        assertThat(completed.execution().score().value()).isEqualByComparingTo("9.60");
        assertThat(completed.overallAchievementIfAny()).contains("完成9个小区改造");
        assertThat(completed.completedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(completed.lines()).extracting(l -> l.indicator().name()).containsExactly("改造小区数", "居住条件改善", "居民满意度");
        assertThat(completed.lines()).extracting(l -> l.score().met()).containsExactly(false, false, true);
        assertThat(completed.lines().get(0).deviationReasonIfAny()).contains("3个小区改造顺延至次年");
        assertThat(completed.lines().get(1).achievement()).isEqualTo(Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("70")));
    }
}
