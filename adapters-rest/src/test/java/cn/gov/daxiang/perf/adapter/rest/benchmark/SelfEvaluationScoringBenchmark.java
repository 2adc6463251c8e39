package cn.gov.daxiang.perf.adapter.rest.benchmark;

import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.CheckSelfEvaluationScoresQuery;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalBasis;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityCheckContext;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.ScoreCheckReport;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test (it is not run by the test command): stores 10,000 submitted self-evaluations of 10
 * indicators each (100,000 lines) on PostgreSQL, then recomputes every score from the stored entries through the
 * score-check use case (GET /api/v1/self-evaluations/score-check), twice. It prints the figures and checks only that
 * all 10,000 were recomputed, that they agree with the recorded results, and that both runs give the same digest.
 * <pre>./mvnw -B verify -pl adapters-rest -am -DskipITs -Dquarkus.package.jar.appcds.enabled=false -Dtest=SelfEvaluationScoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@QuarkusTest
class SelfEvaluationScoringBenchmark {

    private static final int EVALUATIONS = 10_000;
    private static final int UNITS = 20;
    private static final FiscalYear YEAR = FiscalYear.of(2019);
    private static final String DEPARTMENT = "398001";
    private static final long SEED = 20241031L;
    private static final Instant AT = Instant.parse("2020-03-01T02:00:00Z");

    @Inject
    ImportReferenceDataUseCase referenceData;
    @Inject
    GoalRepository goals;
    @Inject
    SelfEvaluationRepository evaluations;
    @Inject
    CheckSelfEvaluationScoresQuery check;

    @Test
    void recompute10000SelfEvaluationScoresFromStoredData() {
        long setup = System.nanoTime();
        List<BudgetUnit> units = new ArrayList<>();
        units.add(BudgetUnit.of(UnitCode.of(DEPARTMENT), "基准主管部门", null, true));
        List<Project> projects = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add(BudgetUnit.of(unit(u), "基准单位" + u, UnitCode.of(DEPARTMENT), true));
        }
        for (int i = 0; i < EVALUATIONS; i++) {
            projects.add(Project.of(project(i), "基准项目" + i, unit(i % UNITS), YEAR, ProjectCategory.SPECIFIC_PURPOSE, List.of(),
                    ProjectFunds.of(Money.of("1000000.00"), Money.ZERO, Money.ZERO)));
        }
        referenceData.importReferenceData(Actor.system("benchmark"), new ReferenceDataBatch(units, projects));

        Random random = new Random(SEED);
        List<PerformanceGoal> approved = new ArrayList<>(EVALUATIONS);
        List<SelfEvaluation> submitted = new ArrayList<>(EVALUATIONS);
        for (int i = 0; i < EVALUATIONS; i++) {
            PerformanceGoal goal = approvedGoal(i);
            approved.add(goal);
            submitted.add(submittedEvaluation(goal, random));
        }
        QuarkusTransaction.requiringNew().run(() -> goals.addAll(approved));
        QuarkusTransaction.requiringNew().run(() -> evaluations.addAll(submitted));
        System.out.printf("[benchmark] stored %d approved goals and %d submitted self-evaluations of 10 indicators each in %.1f s%n",
                approved.size(), submitted.size(), (System.nanoTime() - setup) / 1e9);

        Actor auditor = new Actor("benchmark-auditor", Set.of(Role.AUDITOR), null, null, "benchmark");
        ScoreCheckReport first = timed("first run", () -> check.checkSelfEvaluationScores(auditor, YEAR));
        ScoreCheckReport second = timed("second run", () -> check.checkSelfEvaluationScores(auditor, YEAR));

        long read = System.nanoTime();
        List<SelfEvaluation> stored = QuarkusTransaction.requiringNew().call(() -> evaluations.findGraded(YEAR));
        double readSeconds = (System.nanoTime() - read) / 1e9;
        long score = System.nanoTime();
        stored.forEach(e -> e.recheck(cn.gov.daxiang.perf.domain.grade.GradeScheme.national()));
        System.out.printf("[benchmark] of which: reading %d evaluations with their lines %.2f s, scoring and grading them %.2f s%n",
                stored.size(), readSeconds, (System.nanoTime() - score) / 1e9);
        System.out.printf("[benchmark] recomputed totals: sum %s, average %s, grades %s, mismatches %d%n", first.totalOfScores(),
                first.averageScore().map(Object::toString).orElse("-"), first.grades(), first.mismatches().size());
        System.out.printf("[benchmark] digest first %s%n[benchmark] digest second %s (identical: %s)%n", first.digest(), second.digest(),
                first.digest().equals(second.digest()));
        assertThat(first.checked()).isEqualTo(EVALUATIONS);
        assertThat(first.mismatches()).isEmpty();
        assertThat(second).isEqualTo(first);
    }

    private static ScoreCheckReport timed(String run, java.util.function.Supplier<ScoreCheckReport> recompute) {
        long start = System.nanoTime();
        ScoreCheckReport report = recompute.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[benchmark] %s: recomputed %d self-evaluation scores from stored data in %.2f s (%.0f per second; target <= 5 s)%n",
                run, report.checked(), seconds, report.checked() / seconds);
        return report;
    }

    private static UnitCode unit(int u) {
        return UnitCode.of(String.format("398%03d", u + 2));
    }

    private static ProjectCode project(int i) {
        return ProjectCode.of("43050319T3980" + String.format("%08d", i));
    }

    /** Ten indicators under every level-1 group: eight quantitative (≥ ≤ =), two qualitative. */
    private static PerformanceGoal approvedGoal(int i) {
        GoalContent content = new GoalContent("完成基准项目" + i + "的年度任务。", null, null, List.of(
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "QUANTITY", "完成数量", Comparator.AT_LEAST, new BigDecimal("120"), "个"),
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "QUALITY", "验收合格率", Comparator.EQUAL, new BigDecimal("100"), "%"),
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "TIMELINESS", "按期完成率", Comparator.AT_LEAST, new BigDecimal("95"), "%"),
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "COST", "单位成本", Comparator.AT_MOST, new BigDecimal("350"), "元/平方米"),
                Indicator.quantitative(IndicatorId.newId(), "BENEFIT", "ECONOMIC", "带动投资", Comparator.AT_LEAST, new BigDecimal("500"), "万元"),
                Indicator.quantitative(IndicatorId.newId(), "BENEFIT", "SOCIAL", "受益人数", Comparator.AT_LEAST, new BigDecimal("1500"), "人"),
                Indicator.qualitative(IndicatorId.newId(), "BENEFIT", "ECOLOGICAL", "环境改善", "明显改善"),
                Indicator.qualitative(IndicatorId.newId(), "BENEFIT", "SUSTAINABLE", "长效机制", "建立长效管护机制"),
                Indicator.quantitative(IndicatorId.newId(), "SATISFACTION", "BENEFICIARY_SATISFACTION", "服务对象满意度", Comparator.AT_LEAST,
                        new BigDecimal("90"), "%"),
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "QUANTITY", "培训人次", Comparator.AT_LEAST, new BigDecimal("300"), "人次")));
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), GoalKind.PROJECT, YEAR, unit(i % UNITS), project(i), null, content,
                IndicatorTaxonomy.standard(), "benchmark-operator", AT);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "benchmark-operator", AT);
        goal.passDepartmentReview(null, "benchmark-department", AT);
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "benchmark-finance", AT);
        goal.approve("benchmark-finance", AT);
        return goal;
    }

    /** Seeded actuals around the targets, tiers across all three, execution 70–110 %; submitted with the national scheme. */
    private static SelfEvaluation submittedEvaluation(PerformanceGoal goal, Random random) {
        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);
        SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.newId(), basis.goal(), SelfEvaluationKind.PROJECT, basis.unitCode(),
                basis.fiscalYear(), basis.projectCode(), basis.indicators(), WeightTemplate.standard().fittedTo(basis.indicators()));
        for (EvaluatedIndicator indicator : basis.indicators()) {
            if (indicator.isQuantitative()) {
                BigDecimal factor = BigDecimal.valueOf(70 + random.nextInt(51)).movePointLeft(2);
                evaluation.recordAchievement(indicator.id(), Achievement.measured(indicator.target().multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP)));
            } else {
                QualitativeTier tier = QualitativeTier.values()[random.nextInt(3)];
                BigDecimal percentage = tier.from().add(BigDecimal.valueOf(random.nextInt(tier == QualitativeTier.ACHIEVED ? 21 : 20)));
                evaluation.recordAchievement(indicator.id(), Achievement.judged(tier, percentage));
            }
        }
        evaluation.unmetIndicators().forEach(i -> evaluation.explainDeviation(i.id(), "基准偏差原因"));
        long executed = 700_000 + random.nextInt(400_001);
        evaluation.recordExecution(BudgetExecution.of(Money.of("1000000.00"), Money.of(executed)));
        evaluation.submit(ActorId.of("benchmark-operator"), AT, GradeSchemeCatalog.districtDefault());
        return evaluation;
    }
}
