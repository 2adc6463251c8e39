package cn.gov.daxiang.perf.adapter.rest.benchmark;

import cn.gov.daxiang.perf.adapter.rest.sample.KeyEvaluationRecorder;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
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
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test (it is not run by the test command): the aggregate reads on a district ten times the sample's
 * size, stored on PostgreSQL through the repositories and use cases: 1,260 units (60 departments with 20 units each),
 * 20,000 projects of 2024 (one in ten a transfer payment), 20,000 approved project goals of 2024 with 10 indicators each
 * (200,000 indicators; one in a hundred projects left without a goal) and every unit's approved 部门整体 goal of 2024 and
 * 2023, 20,000 graded self-evaluations of 2023 (each unit's 部门整体 one and 18,740 project ones, 10 lines each) and 110
 * accepted key evaluations planned in 2024 (with their rectifications). Then it times {@code GET /goal-coverage} and the
 * annual report (JSON and .xlsx) over HTTP and counts the SQL statements and entities each request costs (Hibernate
 * statistics), printing {@code [benchmark]} lines.
 * <pre>./mvnw -B verify -pl domain,application,adapters-persistence,adapters-provincial-sync,adapters-rest -DskipITs -Dquarkus.package.jar.appcds.enabled=false -Dtest=AggregateReadsBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * {@code -Dbenchmark.aggregates.scale=0.1} stores a tenth of it (the sample district's size), to compare. To measure
 * again on the records of an earlier run (storing them takes minutes), keep the database and reuse them:
 * {@code -D%test.quarkus.flyway.clean-at-start=false -Dbenchmark.aggregates.reuse=true}.
 */
@QuarkusTest
class AggregateReadsBenchmark {

    private static final double SCALE = Double.parseDouble(System.getProperty("benchmark.aggregates.scale", "1"));
    private static final int DEPARTMENTS = Math.max(1, (int) Math.round(60 * SCALE));
    private static final int UNITS_PER_DEPARTMENT = 20;
    private static final int PROJECTS = (int) Math.round(20_000 * SCALE);
    private static final int KEY_EVALUATIONS = Math.max(2, (int) Math.round(110 * SCALE));
    private static final FiscalYear GOAL_YEAR = FiscalYear.of(2024);
    private static final FiscalYear SELF_YEAR = FiscalYear.of(2023);
    private static final long SEED = 20241203L;
    private static final Instant AT = Instant.parse("2024-03-01T02:00:00Z");
    /** Records per transaction: small enough to commit well within the transaction timeout on a loaded machine. */
    private static final int CHUNK = 250;

    @Inject
    ImportReferenceDataUseCase referenceData;
    @Inject
    GoalRepository goals;
    @Inject
    SelfEvaluationRepository evaluations;
    @Inject
    KeyEvaluationRecorder keyEvaluations;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    EntityManager em;

    @Test
    void aggregateReadsOnTenTimesTheDistrict() {
        System.out.printf("[benchmark] seed=%d scale=%s%n", SEED, SCALE);
        if (Boolean.getBoolean("benchmark.aggregates.reuse") && stored("project") >= PROJECTS && stored("key_evaluation") >= KEY_EVALUATIONS) {
            System.out.printf("[benchmark] reusing the %d projects and %d key evaluations stored by an earlier run%n", stored("project"),
                    stored("key_evaluation"));
        } else {
            store();
        }
        measureAll();
    }

    private long stored(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from " + table)
                .getSingleResult()).longValue());
    }

    private void store() {
        long setup = System.nanoTime();
        List<UnitCode> units = storeUnitsAndProjects();
        storeGoals(units);
        storeSelfEvaluations(units);
        System.out.printf("[benchmark] stored %d units, %d projects, goals and self-evaluations in %.1f s%n", units.size(), PROJECTS,
                (System.nanoTime() - setup) / 1e9);
        long keys = System.nanoTime();
        for (int k = 0; k < KEY_EVALUATIONS; k++) {
            if (k % 11 == 0) {
                UnitCode department = department(k / 11 % DEPARTMENTS);
                keyEvaluations.acceptedDepartmentEvaluation(GOAL_YEAR.value(), "基准部门" + k + "整体支出重点绩效评价", department.value(), SELF_YEAR.value(),
                        String.valueOf(80 + k % 15) + ".50");
            } else {
                int p = k * 97 % PROJECTS;
                keyEvaluations.acceptedProjectEvaluation(GOAL_YEAR.value(), "基准项目" + p + "重点绩效评价", "OTHER_PROJECT", project(p).value(),
                        unitOf(p, units).value(), String.valueOf(75 + k % 20) + ".25");
            }
        }
        System.out.printf("[benchmark] recorded %d accepted key evaluations in %.1f s%n", KEY_EVALUATIONS, (System.nanoTime() - keys) / 1e9);
    }

    private void measureAll() {

        String finance = TestTokens.financeReviewer();
        for (int round = 1; round <= 3; round++) {
            measure("GET /api/v1/goal-coverage?fiscalYear=2024 (round " + round + ")", "/api/v1/goal-coverage?fiscalYear=2024", finance);
            measure("GET /api/v1/annual-reports/2024 (round " + round + ")", "/api/v1/annual-reports/2024", finance);
            measure("GET /api/v1/annual-reports/2024.xlsx (round " + round + ")", "/api/v1/annual-reports/2024.xlsx", finance);
        }
        int repeat = 50;
        long start = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            given().auth().oauth2(finance).when().get("/api/v1/goal-coverage?fiscalYear=2024").then().statusCode(200);
        }
        System.out.printf("[benchmark] goal coverage, %d sequential requests: %.1f ms each%n", repeat, (System.nanoTime() - start) / 1e6 / repeat);
    }

    private void measure(String label, String path, String token) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        long start = System.nanoTime();
        Response response = given().auth().oauth2(token).when().get(path);
        double ms = (System.nanoTime() - start) / 1e6;
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        System.out.printf("[benchmark] %s: %.0f ms, %d SQL statements, %d entities loaded, %d collections fetched, %d bytes%n", label, ms,
                statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(), statistics.getCollectionFetchCount(),
                response.asByteArray().length);
        statistics.setStatisticsEnabled(false);
    }

    private List<UnitCode> storeUnitsAndProjects() {
        List<BudgetUnit> unitList = new ArrayList<>();
        List<UnitCode> codes = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS; d++) {
            unitList.add(BudgetUnit.of(department(d), "基准主管部门" + d, null, true));
            codes.add(department(d));
            for (int u = 1; u < UNITS_PER_DEPARTMENT + 1; u++) {
                UnitCode code = UnitCode.of(String.format("9%03d%02d", d, u));
                unitList.add(BudgetUnit.of(code, "基准单位" + d + "-" + u, department(d), true));
                codes.add(code);
            }
        }
        referenceData.importReferenceData(Actor.system("benchmark"), new ReferenceDataBatch(unitList, List.of()));
        for (int from = 0; from < PROJECTS; from += CHUNK) {
            List<Project> projects = new ArrayList<>();
            for (int p = from; p < Math.min(PROJECTS, from + CHUNK); p++) {
                projects.add(Project.of(project(p), "基准项目" + p, unitOf(p, codes), GOAL_YEAR, ProjectCategory.SPECIFIC_PURPOSE,
                        p % 10 == 0 ? List.of(ProjectKind.TRANSFER_PAYMENT) : List.of(),
                        ProjectFunds.of(Money.of(String.valueOf(100_000 + p * 37L % 900_000) + ".00"), Money.ZERO, Money.ZERO)));
            }
            referenceData.importReferenceData(Actor.system("benchmark"), new ReferenceDataBatch(List.of(), projects));
        }
        return codes;
    }

    private void storeGoals(List<UnitCode> units) {
        List<PerformanceGoal> batch = new ArrayList<>();
        for (UnitCode unit : units) {
            batch.add(approved(GoalKind.DEPARTMENT_OVERALL, GOAL_YEAR, unit, null));
            batch.add(approved(GoalKind.DEPARTMENT_OVERALL, SELF_YEAR, unit, null));
        }
        store(batch);
        for (int p = 0; p < PROJECTS; p++) {
            if (p % 100 == 7) {
                continue;   // a gap the coverage lists
            }
            batch.add(approved(p % 10 == 0 ? GoalKind.TRANSFER_PAYMENT : GoalKind.PROJECT, GOAL_YEAR, unitOf(p, units), project(p)));
            if (batch.size() == CHUNK) {
                store(batch);
            }
        }
        store(batch);
    }

    private void store(List<PerformanceGoal> batch) {
        List<PerformanceGoal> copy = List.copyOf(batch);
        QuarkusTransaction.requiringNew().run(() -> goals.addAll(copy));
        batch.clear();
    }

    private void storeSelfEvaluations(List<UnitCode> units) {
        Random random = new Random(SEED);
        List<SelfEvaluation> batch = new ArrayList<>();
        for (UnitCode unit : units) {
            batch.add(submitted(approved(GoalKind.DEPARTMENT_OVERALL, SELF_YEAR, unit, null), SelfEvaluationKind.DEPARTMENT_OVERALL, random));
        }
        for (int p = 0; p < PROJECTS - units.size(); p++) {
            batch.add(submitted(approved(GoalKind.PROJECT, SELF_YEAR, unitOf(p, units), ProjectCode.of("43050323T" + String.format("8%011d", p))),
                    SelfEvaluationKind.PROJECT, random));
            if (batch.size() == CHUNK) {
                List<SelfEvaluation> copy = List.copyOf(batch);
                QuarkusTransaction.requiringNew().run(() -> evaluations.addAll(copy));
                batch.clear();
            }
        }
        List<SelfEvaluation> copy = List.copyOf(batch);
        QuarkusTransaction.requiringNew().run(() -> evaluations.addAll(copy));
    }

    private static UnitCode department(int d) {
        return UnitCode.of(String.format("9%03d00", d));
    }

    private static UnitCode unitOf(int project, List<UnitCode> units) {
        return units.get(project % units.size());
    }

    private static ProjectCode project(int p) {
        return ProjectCode.of("43050324T" + String.format("9%011d", p));
    }

    private static PerformanceGoal approved(GoalKind kind, FiscalYear year, UnitCode unit, ProjectCode project) {
        GoalContent content = new GoalContent("完成基准年度任务。", null,
                kind == GoalKind.DEPARTMENT_OVERALL ? "履行基准部门职责。" : null, List.of(
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
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), kind, year, unit, project,
                kind == GoalKind.TRANSFER_PAYMENT ? new UpperLevelGoalReference(IssuingLevel.PROVINCE, "湘财预〔2024〕1号", "完成上级下达的年度任务", null) : null,
                content,
                IndicatorTaxonomy.standard(), "benchmark-operator", AT);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "benchmark-operator", AT);
        goal.passDepartmentReview(null, "benchmark-department", AT);
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "benchmark-finance", AT);
        goal.approve("benchmark-finance", AT);
        return goal;
    }

    private static SelfEvaluation submitted(PerformanceGoal goal, SelfEvaluationKind kind, Random random) {
        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);
        SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.newId(), basis.goal(), kind, basis.unitCode(),
                basis.fiscalYear(), basis.projectCode(), basis.indicators(), WeightTemplate.standard().fittedTo(basis.indicators()));
        for (EvaluatedIndicator indicator : basis.indicators()) {
            if (indicator.isQuantitative()) {
                BigDecimal factor = BigDecimal.valueOf(80 + random.nextInt(41)).movePointLeft(2);
                evaluation.recordAchievement(indicator.id(), Achievement.measured(indicator.target().multiply(factor).setScale(2, RoundingMode.HALF_UP)));
            } else {
                evaluation.recordAchievement(indicator.id(), Achievement.judged(cn.gov.daxiang.perf.domain.scoring.QualitativeTier.ACHIEVED,
                        new BigDecimal("90")));
            }
        }
        evaluation.unmetIndicators().forEach(i -> evaluation.explainDeviation(i.id(), "基准偏差原因"));
        long budget = 500_000 + random.nextInt(500_001);
        evaluation.recordExecution(BudgetExecution.of(Money.of(budget + ".00"), Money.of(budget * (80 + random.nextInt(21)) / 100 + ".00")));
        evaluation.submit(ActorId.of("benchmark-operator"), AT, GradeSchemeCatalog.districtDefault());
        return evaluation;
    }
}
