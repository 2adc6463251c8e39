package cn.gov.daxiang.perf.adapter.persistence;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignWorkRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCriteria;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignScope;
import cn.gov.daxiang.perf.domain.campaign.OwedCampaignWork;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalBasis;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityCheckContext;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeBand;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.FundsStatus;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.Likelihood;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationOutcome;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import cn.gov.daxiang.perf.domain.execution.ExecutionTolerance;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Round trips of the evaluation aggregates through their ports, on PostgreSQL; each test rolls back. */
@QuarkusTest
@TestTransaction
class EvaluationPersistenceTest {

    private static final UnitCode DEPARTMENT = UnitCode.of("709001");
    private static final UnitCode UNIT = UnitCode.of("709002");
    private static final ProjectCode PROJECT = ProjectCode.of("43050324T000000709101");
    private static final Instant T = Instant.parse("2025-03-01T08:00:00Z");
    private static final ActorId OPERATOR = ActorId.of("operator");

    @Inject
    GoalRepository goals;
    @Inject
    BudgetUnitRepository units;
    @Inject
    ProjectRepository projects;
    @Inject
    GradingConfigurationRepository configuration;
    @Inject
    MonitoringRoundRepository rounds;
    @Inject
    MonitoringReportRepository reports;
    @Inject
    SelfEvaluationRepository evaluations;
    @Inject
    CampaignRepository campaigns;
    @Inject
    CampaignWorkRepository work;
    @Inject
    EntityManager em;
    @Inject
    SessionFactory sessionFactory;

    private PerformanceGoal approvedGoal(GoalKind kind, ProjectCode project) {
        units.save(BudgetUnit.of(DEPARTMENT, "评价测试主管部门", null, true));
        units.save(BudgetUnit.of(UNIT, "评价测试单位", DEPARTMENT, true));
        if (project != null) {
            projects.save(Project.of(project, "评价测试项目", UNIT, FiscalYear.of(2024), ProjectCategory.SPECIFIC_PURPOSE, List.of(),
                    ProjectFunds.of(Money.of("1000000.00"), Money.ZERO, Money.ZERO)));
        }
        GoalContent content = new GoalContent("完成12个小区改造，惠及居民1500户。", null, kind == GoalKind.DEPARTMENT_OVERALL ? "单位职责" : null, List.of(
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "QUANTITY", "改造小区数量", Comparator.AT_LEAST, new BigDecimal("12"), "个"),
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "COST", "单位改造成本", Comparator.AT_MOST, new BigDecimal("350.5"), "元/平方米"),
                Indicator.qualitative(IndicatorId.newId(), "BENEFIT", "SOCIAL", "居住环境改善", "明显改善"),
                Indicator.quantitative(IndicatorId.newId(), "SATISFACTION", "BENEFICIARY_SATISFACTION", "居民满意度", Comparator.AT_LEAST,
                        new BigDecimal("90"), "%")));
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), kind, FiscalYear.of(2024), UNIT, project, null, content,
                IndicatorTaxonomy.standard(), "operator", T);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "operator", T);
        goal.passDepartmentReview(null, "dept", T);
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "finance", T);
        goal.approve("finance", T);
        goals.add(goal);
        return goal;
    }

    private void clear() {
        em.flush();
        em.clear();
    }

    @Test
    void theShippedCatalogsGradeKeyEvaluationsByTheDistrictSchemeFrom2023AndEverythingElseNationally() {
        GradeSchemeCatalog catalog = configuration.gradeSchemeCatalog().catalog();

        assertThat(catalog).isEqualTo(GradeSchemeCatalog.districtDefault());
        assertThat(catalog.schemeFor(EvaluationType.KEY_EVALUATION, FiscalYear.of(2023))).isEqualTo(GradeScheme.district2024());
        assertThat(catalog.schemeFor(EvaluationType.SELF_EVALUATION, FiscalYear.of(2024))).isEqualTo(GradeScheme.national());
        assertThat(configuration.weightTemplateCatalog().catalog()).isEqualTo(WeightTemplateCatalog.districtDefault());
        assertThat(configuration.findSchemes()).extracting(s -> s.scheme().getId().value()).containsExactly("district-2024", "national");
    }

    @Test
    void aCatalogIsReplacedWholeFromTheRevisionItWasReadAt() {
        GradingConfigurationRepository.StoredGradeSchemeCatalog stored = configuration.gradeSchemeCatalog();
        GradeScheme trial = GradeScheme.define(GradeSchemeId.of("trial-2026"), "试行等级", List.of(GradeBand.from("85", Grade.EXCELLENT),
                GradeBand.from("0", Grade.POOR)));
        configuration.addScheme(trial);
        GradeSchemeCatalog changed = new GradeSchemeCatalog(List.of(
                new GradeSchemeCatalog.Entry(EvaluationType.SELF_EVALUATION, FiscalYear.of(2000), GradeScheme.national()),
                new GradeSchemeCatalog.Entry(EvaluationType.SELF_EVALUATION, FiscalYear.of(2026), trial)));

        long revision = configuration.replaceGradeSchemeCatalog(changed, stored.revision());
        clear();

        assertThat(revision).isEqualTo(stored.revision() + 1);
        assertThat(configuration.gradeSchemeCatalog().catalog()).isEqualTo(changed);
        assertThatThrownBy(() -> configuration.replaceGradeSchemeCatalog(changed, stored.revision()))
                .isInstanceOf(StaleRevisionException.class);
        assertThatThrownBy(() -> configuration.addScheme(trial)).isInstanceOf(AlreadyExistsException.class);
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        groups.put("OUTPUT", new BigDecimal("60"));
        groups.put("BENEFIT", new BigDecimal("30"));
        WeightTemplateCatalog weights = new WeightTemplateCatalog(List.of(new WeightTemplateCatalog.Entry(SelfEvaluationKind.PROJECT,
                FiscalYear.of(2000), new WeightTemplate(BigDecimal.TEN, groups))));
        configuration.replaceWeightTemplateCatalog(weights, configuration.weightTemplateCatalog().revision());
        clear();
        assertThat(configuration.weightTemplateCatalog().catalog()).isEqualTo(weights);
        assertThat(configuration.weightTemplateCatalog().catalog().entries().get(0).template().groupWeights().keySet())
                .as("groups keep their order").containsExactly("OUTPUT", "BENEFIT");
    }

    @Test
    void aSelfEvaluationWithItsEntriesHistoryAndResultReadsBackEqualInTwoStatements() {
        PerformanceGoal goal = approvedGoal(GoalKind.PROJECT, PROJECT);
        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);
        SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.newId(), basis.goal(), SelfEvaluationKind.PROJECT, UNIT,
                FiscalYear.of(2024), PROJECT, basis.indicators(), WeightTemplate.standard());
        long revision = evaluations.add(evaluation);
        List<EvaluatedIndicator> indicators = basis.indicators();
        evaluation.recordExecution(BudgetExecution.of(Money.of("1000000.00"), Money.of("955000.50")));
        evaluation.recordAchievement(indicators.get(0).id(), Achievement.measured(new BigDecimal("11.5")));
        evaluation.recordAchievement(indicators.get(1).id(), Achievement.measured(new BigDecimal("340")));
        evaluation.recordAchievement(indicators.get(2).id(), Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("72.5")));
        evaluation.recordAchievement(indicators.get(3).id(), Achievement.measured(new BigDecimal("93")));
        evaluation.explainDeviation(indicators.get(0).id(), "一个小区居民意见未统一");
        evaluation.explainDeviation(indicators.get(2).id(), "配套工程延期");
        evaluation.describeOverallAchievement("完成11.5个小区改造。");
        evaluation.submit(OPERATOR, T, GradeSchemeCatalog.districtDefault());
        revision = evaluations.update(evaluation, revision);
        clear();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        SelfEvaluationRepository.Stored read = evaluations.findById(evaluation.getId()).orElseThrow();

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        assertThat(read.revision()).isEqualTo(revision);
        SelfEvaluation back = read.evaluation();
        assertThat(back.getIndicators()).isEqualTo(evaluation.getIndicators());
        assertThat(back.getLines()).isEqualTo(evaluation.getLines());
        assertThat(back.getTemplate()).isEqualTo(WeightTemplate.standard());
        assertThat(back.getExecution()).isEqualTo(evaluation.getExecution());
        assertThat(back.getHistory()).isEqualTo(evaluation.getHistory());
        assertThat(back.getResult()).isEqualTo(evaluation.getResult());
        assertThat(back.getOverallAchievement()).contains("完成11.5个小区改造。");
        assertThat(back.scoreSheet()).isEqualTo(evaluation.scoreSheet());
        assertThat(evaluations.findByGoal(goal.getId().value())).contains(evaluation.getId());
        assertThat(evaluations.countGradedWith(GradeSchemeId.of("national"))).isEqualTo(1);
        assertThat(evaluations.findGraded(FiscalYear.of(2024))).extracting(SelfEvaluation::getId).containsExactly(evaluation.getId());
        // the outcomes read without lines are what the evaluations read whole give
        assertThat(evaluations.findOutcomes(FiscalYear.of(2024))).containsExactlyElementsOf(evaluations.findGraded(FiscalYear.of(2024)).stream()
                .flatMap(e -> SelfEvaluationOutcome.of(e).stream()).toList()).isNotEmpty();
        assertThat(evaluations.find(new SelfEvaluationCriteria(FiscalYear.of(2024), null, null, ReviewState.SUBMITTED, null, null),
                DataScope.of(Set.of(UNIT)), Paging.first()).items()).hasSize(1);
        assertThat(evaluations.find(SelfEvaluationCriteria.any(), DataScope.of(Set.of(DEPARTMENT)), Paging.first()).total()).isZero();

        SelfEvaluation second = SelfEvaluation.open(SelfEvaluationId.newId(), basis.goal(), SelfEvaluationKind.PROJECT, UNIT,
                FiscalYear.of(2024), PROJECT, basis.indicators(), WeightTemplate.standard());
        assertThatThrownBy(() -> evaluations.add(second)).isInstanceOfSatisfying(AlreadyExistsException.class,
                e -> assertThat(e.code()).isEqualTo("SELF_EVALUATION_ALREADY_OPEN"));
    }

    @Test
    void aMonitoringReportWithItsLinesWarningAndFundsDecisionsReadsBackEqual() {
        PerformanceGoal goal = approvedGoal(GoalKind.PROJECT, PROJECT);
        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);
        MonitoringRound round = MonitoringRound.open(MonitoringRoundId.newId(), FiscalYear.of(2024), 9, LocalDate.of(2024, 10, 20),
                new WarningPolicy(new BigDecimal("12.5"), new BigDecimal("25")));
        rounds.add(round);
        assertThatThrownBy(() -> rounds.add(MonitoringRound.open(MonitoringRoundId.newId(), FiscalYear.of(2024), 9, LocalDate.of(2024, 11, 1))))
                .isInstanceOfSatisfying(AlreadyExistsException.class, e -> assertThat(e.code()).isEqualTo("MONITORING_ROUND_ALREADY_OPEN"));
        em.clear();
        MonitoringReport report = MonitoringReport.open(MonitoringReportId.newId(), round, basis.goal(), basis.fiscalYear(), UNIT, PROJECT,
                basis.indicators());
        long revision = reports.add(report);
        List<EvaluatedIndicator> indicators = basis.indicators();
        report.recordExecution(BudgetExecution.of(Money.of("1000000.00"), Money.of("400000.00")));   // 40 % at 75 %: RED
        report.recordProgress(IndicatorProgress.quantitative(indicators.get(0).id(), new BigDecimal("6"), new BigDecimal("10.5"), Likelihood.POSSIBLE)
                .explained("两个小区居民意见未统一", "逐户做工作"));
        report.recordProgress(IndicatorProgress.quantitative(indicators.get(1).id(), new BigDecimal("330"), new BigDecimal("345"), Likelihood.CERTAIN));
        report.recordProgress(IndicatorProgress.qualitative(indicators.get(2).id(), QualitativeTier.ACHIEVED, Likelihood.CERTAIN));
        report.recordProgress(IndicatorProgress.quantitative(indicators.get(3).id(), new BigDecimal("88"), new BigDecimal("91"), Likelihood.POSSIBLE));
        report.submit(OPERATOR, T, round.getWarningPolicy());
        report.decideOnFunds(FundsDecisionKind.SUSPEND, ActorId.of("finance"), T.plusSeconds(60), "执行严重滞后");
        long stored = reports.update(report, revision);
        clear();

        MonitoringReport back = reports.findById(report.getId()).orElseThrow().report();

        assertThat(back.getIndicators()).isEqualTo(report.getIndicators());
        assertThat(back.getProgress()).isEqualTo(report.getProgress());
        assertThat(back.getExecution()).isEqualTo(report.getExecution());
        assertThat(back.getWarning()).isEqualTo(report.getWarning());
        assertThat(back.getWarning().orElseThrow().level()).isEqualTo(WarningLevel.RED);
        assertThat(back.getFundsDecisions()).isEqualTo(report.getFundsDecisions());
        assertThat(back.getFundsStatus()).isEqualTo(FundsStatus.SUSPENDED);
        assertThat(back.getHistory()).isEqualTo(report.getHistory());
        assertThat(rounds.findById(round.getId()).orElseThrow().round().getWarningPolicy())
                .isEqualTo(new WarningPolicy(new BigDecimal("12.5"), new BigDecimal("25")));
        assertThat(reports.findByRoundAndGoal(round.getId(), goal.getId().value())).contains(report.getId());
        assertThat(reports.find(new MonitoringReportCriteria(round.getId(), null, null, null, WarningLevel.RED, FundsStatus.SUSPENDED),
                DataScope.all(), Paging.first()).items()).extracting(s -> s.report().getId()).containsExactly(report.getId());
        assertThatThrownBy(() -> reports.update(back, stored - 1)).isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void anOverriddenExecutionReadsBackWithItsSourceReasonAndFlagAndFiltersByFlagAndProject() {
        PerformanceGoal goal = approvedGoal(GoalKind.PROJECT, PROJECT);
        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);
        MonitoringRound round = MonitoringRound.open(MonitoringRoundId.newId(), FiscalYear.of(2024), 6, LocalDate.of(2024, 7, 20));
        rounds.add(round);
        MonitoringReport report = MonitoringReport.open(MonitoringReportId.newId(), round, basis.goal(), basis.fiscalYear(), UNIT, PROJECT,
                basis.indicators());
        long revision = reports.add(report);
        ProjectExecution synced = new ProjectExecution(PROJECT, FiscalYear.of(2024),
                BudgetExecution.of(Money.of("33800000.00"), Money.of("9000000.00")), LocalDate.of(2024, 6, 30));
        ReportedExecution override = ReportedExecution.resolve(synced, BudgetExecution.of(Money.of("1000000.00"), Money.of("9000000.00")),
                "省级数据未含调减", null, ExecutionTolerance.DEFAULT);
        report.recordExecution(override);
        reports.update(report, revision);

        SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.newId(), basis.goal(), SelfEvaluationKind.PROJECT, UNIT,
                FiscalYear.of(2024), PROJECT, basis.indicators(), WeightTemplate.standard());
        evaluation.recordExecution(ReportedExecution.province(synced));
        evaluations.add(evaluation);
        clear();

        MonitoringReport back = reports.findById(report.getId()).orElseThrow().report();
        assertThat(back.getReportedExecution()).contains(override);
        assertThat(back.isExecutionFlagged()).isTrue();
        assertThat(evaluations.findById(evaluation.getId()).orElseThrow().evaluation().getReportedExecution())
                .contains(ReportedExecution.province(synced));
        MonitoringReportCriteria flagged = new MonitoringReportCriteria(null, null, null, null, null, null, null, true);
        MonitoringReportCriteria notFlagged = new MonitoringReportCriteria(null, null, null, null, null, null, null, false);
        assertThat(reports.find(flagged, DataScope.all(), Paging.first()).items()).extracting(s -> s.report().getId())
                .containsExactly(report.getId());
        assertThat(reports.find(notFlagged, DataScope.all(), Paging.first()).total()).isZero();
        assertThat(reports.find(MonitoringReportCriteria.ofProject(PROJECT), DataScope.all(), Paging.first()).total()).isEqualTo(1);
        assertThat(reports.find(MonitoringReportCriteria.ofProject(ProjectCode.of("43050324T000000000199")), DataScope.all(),
                Paging.first()).total()).isZero();
        assertThat(evaluations.find(new SelfEvaluationCriteria(null, null, null, null, null, null, true), DataScope.all(),
                Paging.first()).total()).isZero();
        assertThat(evaluations.find(new SelfEvaluationCriteria(null, null, null, null, null, null, false), DataScope.all(),
                Paging.first()).total()).isEqualTo(1);
    }

    @Test
    void aCampaignsTargetsReadBackInOrderAndItsWorkComesFromTheStoredGoalsAndEvaluations() {
        PerformanceGoal overall = approvedGoal(GoalKind.DEPARTMENT_OVERALL, null);
        Campaign campaign = Campaign.issue(CampaignId.newId(), "2024年度部门整体绩效自评", CampaignScope.selfEvaluation(SelfEvaluationKind.DEPARTMENT_OVERALL),
                FiscalYear.of(2024), List.of(CampaignTarget.of(UNIT, Money.of("6480023.02")), CampaignTarget.of(DEPARTMENT, Money.of("0.00"))),
                LocalDate.of(2025, 10, 31), ActorId.of("finance"));
        long revision = campaigns.add(campaign);
        campaign.extendDeadline(LocalDate.of(2025, 11, 15));
        campaigns.update(campaign, revision);
        clear();

        Campaign back = campaigns.findById(campaign.getId()).orElseThrow().campaign();
        assertThat(back.getTargets()).isEqualTo(campaign.getTargets());
        assertThat(back.getDeadline()).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(back.getScope()).isEqualTo(campaign.getScope());
        assertThat(campaigns.find(CampaignCriteria.any(), DataScope.of(Set.of(UNIT)), Paging.first()).total()).isEqualTo(1);
        assertThat(campaigns.find(CampaignCriteria.any(), DataScope.of(Set.of(UnitCode.of("999999"))), Paging.first()).total()).isZero();

        Map<UnitCode, CampaignWorkRepository.UnitWork> before = work.work(new OwedCampaignWork(campaign.getScope(), FiscalYear.of(2024)), List.of(UNIT, DEPARTMENT));
        assertThat(before).containsOnlyKeys(UNIT);
        assertThat(before.get(UNIT).expectedGoals()).containsExactly(overall.getId().value());
        assertThat(before.get(UNIT).items()).isEmpty();

        ApprovedGoalBasis basis = ApprovedGoalBasis.of(overall);
        evaluations.add(SelfEvaluation.open(SelfEvaluationId.newId(), basis.goal(), SelfEvaluationKind.DEPARTMENT_OVERALL, UNIT,
                FiscalYear.of(2024), null, basis.indicators(), WeightTemplate.standard()));
        clear();
        assertThat(work.work(new OwedCampaignWork(campaign.getScope(), FiscalYear.of(2024)), List.of(UNIT)).get(UNIT).items())
                .containsExactly(Map.entry(overall.getId().value(), ReviewState.DRAFT));
        assertThat(work.work(new OwedCampaignWork(CampaignScope.selfEvaluation(SelfEvaluationKind.PROJECT), FiscalYear.of(2024)), List.of(UNIT))).isEmpty();
        assertThat(Score.of("0")).isEqualTo(Score.ZERO);
    }
}
