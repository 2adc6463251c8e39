package cn.gov.daxiang.perf.application.service.evaluation;

import cn.gov.daxiang.perf.application.change.AuditTrailSubscriber;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.EventDispatcher;
import cn.gov.daxiang.perf.application.fake.InMemoryStores;
import cn.gov.daxiang.perf.application.fake.ManualClock;
import cn.gov.daxiang.perf.application.fake.RecordingEventSubscriber;
import cn.gov.daxiang.perf.application.service.CampaignProgressReader;
import cn.gov.daxiang.perf.application.service.CampaignService;
import cn.gov.daxiang.perf.application.service.DataScopes;
import cn.gov.daxiang.perf.application.service.Departments;
import cn.gov.daxiang.perf.application.service.GradingConfigurationService;
import cn.gov.daxiang.perf.application.service.MonitoringReportService;
import cn.gov.daxiang.perf.application.service.MonitoringReviewService;
import cn.gov.daxiang.perf.application.service.MonitoringRoundService;
import cn.gov.daxiang.perf.application.service.SelfEvaluationPreviews;
import cn.gov.daxiang.perf.application.service.SelfEvaluationReviewService;
import cn.gov.daxiang.perf.application.service.SelfEvaluationService;
import cn.gov.daxiang.perf.application.service.SyncedExecutionFigures;
import cn.gov.daxiang.perf.domain.execution.ExecutionTolerance;
import cn.gov.daxiang.perf.application.service.VisibleGoals;
import cn.gov.daxiang.perf.application.service.VisibleMonitoringReports;
import cn.gov.daxiang.perf.application.service.VisibleSelfEvaluations;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityCheckContext;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The monitoring, self-evaluation, campaign and grading use cases wired as the container wires them, on the in-memory
 * fakes, with a clock the test moves, the audit trail as a subscriber of the pipeline and a recording subscriber.
 * A department (105001) supervises two kindergartens; each has an approved 部门整体 goal of 2025 when a test seeds one.
 */
final class EvaluationUseCases {

    static final FiscalYear YEAR = FiscalYear.of(2025);
    static final UnitCode DEPARTMENT = UnitCode.of("105001");
    static final UnitCode KINDERGARTEN = UnitCode.of("105002");
    static final UnitCode SECOND_KINDERGARTEN = UnitCode.of("105003");
    static final UUID PUPILS = new UUID(0L, 1L);
    static final UUID ENROLMENT = new UUID(0L, 2L);
    static final UUID SATISFACTION = new UUID(0L, 3L);

    static final Actor OPERATOR = new Actor("op-105002", Set.of(Role.UNIT_OPERATOR), KINDERGARTEN, null, "req-op");
    static final Actor SECOND_OPERATOR = new Actor("op-105003", Set.of(Role.UNIT_OPERATOR), SECOND_KINDERGARTEN, null, "req-op2");
    static final Actor DEPT_REVIEWER = new Actor("dept-105001", Set.of(Role.DEPT_REVIEWER), DEPARTMENT, null, "req-dept");
    static final Actor FINANCE = new Actor("finance-01", Set.of(Role.FINANCE_REVIEWER), null, null, "req-finance");
    static final Actor FINANCE_ADMIN = new Actor("finance-admin", Set.of(Role.FINANCE_ADMIN), null, null, "req-admin");

    final ManualClock clock;
    final InMemoryStores stores = new InMemoryStores();
    final RecordingEventSubscriber recorded = new RecordingEventSubscriber();
    final ChangePipeline pipeline;
    final MonitoringRoundService rounds;
    final MonitoringReportService reports;
    final MonitoringReviewService reportReview;
    final SelfEvaluationService evaluations;
    final SelfEvaluationReviewService evaluationReview;
    final CampaignService campaigns;
    final CampaignProgressReader progress;
    final GradingConfigurationService grading;

    EvaluationUseCases(Instant start) {
        clock = new ManualClock(start);
        pipeline = new ChangePipeline(new EventDispatcher(List.of(new AuditTrailSubscriber(stores.audit), recorded), clock));
        DataScopes scopes = new DataScopes(stores.units);
        Departments departments = new Departments(stores.units);
        VisibleGoals goals = new VisibleGoals(stores.goals, stores.units, stores.projects, scopes);
        VisibleMonitoringReports visibleReports = new VisibleMonitoringReports(stores.reports, stores.rounds, scopes);
        VisibleSelfEvaluations visibleEvaluations = new VisibleSelfEvaluations(stores.evaluations, scopes);
        SelfEvaluationPreviews previews = new SelfEvaluationPreviews(stores.grading);
        rounds = new MonitoringRoundService(stores.rounds, pipeline);
        SyncedExecutionFigures figures = new SyncedExecutionFigures(stores.executions, () -> ExecutionTolerance.DEFAULT);
        reports = new MonitoringReportService(stores.reports, visibleReports, goals, pipeline, clock, figures);
        reportReview = new MonitoringReviewService(visibleReports, departments, pipeline, clock);
        evaluations = new SelfEvaluationService(stores.evaluations, stores.grading, visibleEvaluations, goals, previews, pipeline, clock, figures);
        evaluationReview = new SelfEvaluationReviewService(visibleEvaluations, departments, previews, pipeline, clock);
        progress = new CampaignProgressReader(stores.campaigns, stores.campaignWork, stores.units, scopes, clock);
        campaigns = new CampaignService(stores.campaigns, stores.rounds, stores.units, progress, pipeline);
        grading = new GradingConfigurationService(stores.grading, stores.evaluations, pipeline);
        stores.units.save(BudgetUnit.of(DEPARTMENT, "大祥区教育局", null, true));
        stores.units.save(BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", DEPARTMENT, true));
        stores.units.save(BudgetUnit.of(SECOND_KINDERGARTEN, "大祥区第二幼儿园", DEPARTMENT, true));
    }

    /** The unit's 部门整体 goal of 2025, declared, reviewed and approved a year before the test's clock, stored without events. */
    GoalId approvedGoal(UnitCode unit) {
        Instant at = Instant.parse("2025-02-10T01:00:00Z");
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), GoalKind.DEPARTMENT_OVERALL, YEAR, unit, null, null,
                content(), IndicatorTaxonomy.standard(), "op", at);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "op", at);
        goal.passDepartmentReview(null, "dept", at);
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "fin", at);
        goal.approve("fin", at);
        stores.goals.add(goal);
        return goal.getId();
    }

    /** The unit's 项目 goal of 2025 for {@code project}, approved like {@link #approvedGoal}, stored without events. */
    GoalId approvedProjectGoal(UnitCode unit, cn.gov.daxiang.perf.domain.project.ProjectCode project) {
        Instant at = Instant.parse("2025-02-10T01:00:00Z");
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), GoalKind.PROJECT, YEAR, unit, project, null,
                content(), IndicatorTaxonomy.standard(), "op", at);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "op", at);
        goal.passDepartmentReview(null, "dept", at);
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "fin", at);
        goal.approve("fin", at);
        stores.goals.add(goal);
        return goal.getId();
    }

    /** Clears what seeding left, so a test reads only what its own use cases did. */
    void forgetSoFar() {
        recorded.published.clear();
        stores.audit.events.clear();
    }

    List<AuditEvent> audit() {
        return List.copyOf(stores.audit.events);
    }

    private static GoalContent content() {
        return new GoalContent("2025年在园幼儿300人，保教质量达标，家长满意度90%以上。", null, "承担学前教育保教工作。", List.of(
                Indicator.quantitative(new IndicatorId(PUPILS), "OUTPUT", "QUANTITY", "在园幼儿数", Comparator.AT_LEAST,
                        new BigDecimal("300"), "人"),
                Indicator.quantitative(new IndicatorId(ENROLMENT), "BENEFIT", "SOCIAL", "适龄儿童入园率", Comparator.AT_LEAST,
                        new BigDecimal("95"), "%"),
                Indicator.quantitative(new IndicatorId(SATISFACTION), "SATISFACTION", "BENEFICIARY_SATISFACTION", "家长满意度",
                        Comparator.AT_LEAST, new BigDecimal("90"), "%")));
    }
}
