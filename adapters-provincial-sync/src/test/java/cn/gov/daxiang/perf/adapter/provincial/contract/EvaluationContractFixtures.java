package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.Likelihood;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Fixed monitoring reports and self-evaluations whose messages the contract tests compare byte for byte with the
 * payloads recorded under src/test/resources/contract (written by the domain's hand-built JSON before the contract
 * moved here). Free text carries what a writer could get wrong: Chinese, quotes, backslashes, line breaks, tabs, a
 * bell, U+2028; money keeps its two decimals.
 */
final class EvaluationContractFixtures {

    static final Instant T = Instant.parse("2024-10-10T02:00:00Z");
    static final String TRICKY = "征收\"滞后\"\\二期\n第二行\t制表\u0007响铃\u2028段落";

    private static final ActorId UNIT = ActorId.of("unit-108002-operator");
    private static final ActorId DEPARTMENT = ActorId.of("dept-108-reviewer");
    private static final ActorId FINANCE = ActorId.of("finance-reviewer");

    private static final EvaluatedIndicator COUNT = EvaluatedIndicator.quantitative(uuid("5e01"), "OUTPUT", "QUANTITY",
            "改造小区数量", Comparator.AT_LEAST, new BigDecimal("12"), "个", null);
    private static final EvaluatedIndicator COST = EvaluatedIndicator.quantitative(uuid("5e02"), "OUTPUT", "COST",
            "单位成本", Comparator.AT_MOST, new BigDecimal("1500.50"), "元/户", null);
    private static final EvaluatedIndicator LIVING = EvaluatedIndicator.qualitative(uuid("5e03"), "BENEFIT", "SOCIAL",
            "居住环境", null);
    private static final EvaluatedIndicator SATISFACTION = EvaluatedIndicator.quantitative(uuid("5e04"), "SATISFACTION",
            "BENEFICIARY", "居民满意度", Comparator.AT_LEAST, new BigDecimal("90"), "%", null);

    private EvaluationContractFixtures() {
    }

    /**
     * A project's report of 1–9月 (75 % time progress) at 40 % execution with one indicator judged impossible: RED,
     * approved by the department and by finance, no funds decision yet.
     */
    static MonitoringReport reviewedReport() {
        MonitoringRound round = MonitoringRound.open(MonitoringRoundId.of(uuid("2409")), FiscalYear.of(2024), 9,
                LocalDate.of(2024, 10, 20));
        MonitoringReport report = MonitoringReport.open(MonitoringReportId.of(uuid("7a01")), round,
                GoalVersionReference.of(uuid("0a11"), 2), FiscalYear.of(2024), UnitCode.of("108002"),
                ProjectCode.of("43050324T000000000101"), List.of(COUNT, COST, LIVING));
        report.recordProgress(IndicatorProgress.quantitative(COUNT.id(), new BigDecimal("2"), new BigDecimal("4"), Likelihood.IMPOSSIBLE)
                .explained(TRICKY, "申请调整目标，\"加快\"进度"));
        report.recordProgress(IndicatorProgress.quantitative(COST.id(), new BigDecimal("800.50"), new BigDecimal("1400.00"),
                Likelihood.CERTAIN));
        report.recordProgress(IndicatorProgress.qualitative(LIVING.id(), QualitativeTier.ACHIEVED, Likelihood.POSSIBLE));
        report.recordExecution(BudgetExecution.of(Money.of("1000000.00"), Money.of("400000.00")));
        report.submit(UNIT, T, WarningPolicy.standard());
        report.approveAsDepartment(DEPARTMENT, T.plusSeconds(60), null);
        report.approveAsFinance(FINANCE, T.plusSeconds(120), "同意");
        return report;
    }

    /**
     * A department's overall report (no project) with a zero budget (no execution rate) and one line left at the
     * target, approved: the elements the province reads as null.
     */
    static MonitoringReport reviewedDepartmentReport() {
        MonitoringRound round = MonitoringRound.open(MonitoringRoundId.of(uuid("2406")), FiscalYear.of(2024), 6,
                LocalDate.of(2024, 7, 20));
        MonitoringReport report = MonitoringReport.open(MonitoringReportId.of(uuid("7a02")), round,
                GoalVersionReference.of(uuid("0a13"), 1), FiscalYear.of(2024), UnitCode.of("108"), null, List.of(SATISFACTION));
        report.recordProgress(IndicatorProgress.quantitative(SATISFACTION.id(), new BigDecimal("91"), new BigDecimal("92"),
                Likelihood.CERTAIN));
        report.recordExecution(BudgetExecution.of(Money.of("0.00"), Money.of("0.00")));
        report.submit(UNIT, T, WarningPolicy.standard());
        report.approveAsDepartment(DEPARTMENT, T.plusSeconds(60), null);
        report.approveAsFinance(FINANCE, T.plusSeconds(120), null);
        return report;
    }

    /** The same report after finance suspended its funds (暂缓拨款), the reason free text. */
    static MonitoringReport fundsDecidedReport() {
        MonitoringReport report = reviewedReport();
        report.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE, T.plusSeconds(300), "执行进度滞后35个百分点；" + TRICKY);
        return report;
    }

    /**
     * A project's self-evaluation of 2023 completed by finance: 产出 50 (9 of 12 and a cost met), 效益 30 (70 %),
     * 满意度 10 (met), 执行率 10 (96 %), graded by the national scheme; two missed indicators explained.
     */
    static SelfEvaluation completedEvaluation() {
        SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.of(uuid("5e1f")), GoalVersionReference.of(uuid("0a12"), 2),
                SelfEvaluationKind.PROJECT, UnitCode.of("108002"), FiscalYear.of(2023), ProjectCode.of("43050323T000010263357"),
                List.of(COUNT, COST, LIVING, SATISFACTION), WeightTemplate.standard());
        evaluation.recordExecution(BudgetExecution.of(Money.of("1250000.00"), Money.of("1200000.00")));
        evaluation.recordAchievement(COUNT.id(), Achievement.measured(new BigDecimal("9")));
        evaluation.recordAchievement(COST.id(), Achievement.measured(new BigDecimal("1480.25")));
        evaluation.recordAchievement(LIVING.id(), Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("70")));
        evaluation.recordAchievement(SATISFACTION.id(), Achievement.measured(new BigDecimal("92.5")));
        evaluation.explainDeviation(COUNT.id(), TRICKY);
        evaluation.explainDeviation(LIVING.id(), "部分配套工程未完工");
        evaluation.describeOverallAchievement("完成9个小区改造，\"惠民\"工程\\二期顺延\n次年完成");
        evaluation.submit(UNIT, Instant.parse("2024-02-15T01:00:00Z"), GradeScheme.national());
        evaluation.approveAsDepartment(DEPARTMENT, Instant.parse("2024-02-15T01:01:00Z"), "同意");
        evaluation.approveAsFinance(FINANCE, Instant.parse("2024-02-15T01:02:00Z"), null);
        return evaluation;
    }

    private static UUID uuid(String tail) {
        return UUID.fromString("6f1c1e9a-4c53-4c1e-9d7e-1a2b3c4d" + tail);
    }
}
