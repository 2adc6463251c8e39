package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.goal.FindGoalQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.in.goal.GoalQualityQuery;
import cn.gov.daxiang.perf.application.port.in.goal.IndicatorRecommendationsQuery;
import cn.gov.daxiang.perf.application.port.in.goal.ListGoalsQuery;
import cn.gov.daxiang.perf.application.port.in.goal.ProjectReadinessQuery;
import cn.gov.daxiang.perf.application.port.out.AllocationDecisionRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetArrangementRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.IndicatorTemplateRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.RectificationRepository;
import cn.gov.daxiang.perf.application.port.out.UnitIndicatorSystemRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityFinding;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorRecommendation;
import cn.gov.daxiang.perf.domain.indicator.IndicatorRecommender;
import cn.gov.daxiang.perf.domain.indicator.RecommendationContext;
import cn.gov.daxiang.perf.domain.indicator.SimilarProject;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.UnitIndicatorSystem;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.allocation.ProjectContinuity;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;
import cn.gov.daxiang.perf.domain.readiness.ProjectReadiness;
import cn.gov.daxiang.perf.domain.readiness.ProjectReadinessFacts;
import cn.gov.daxiang.perf.domain.readiness.ReadinessReport;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

@ApplicationScoped
@Transactional
public class GoalQueryService implements FindGoalQuery, ListGoalsQuery, GoalQualityQuery, IndicatorRecommendationsQuery,
        ProjectReadinessQuery {

    /** How many approved indicators of similar projects the recommender weighs at most. */
    static final int SAMPLE_LIMIT = 2000;

    private final GoalRepository goals;
    private final ProjectRepository projects;
    private final BudgetUnitRepository units;
    private final IndicatorTemplateRepository templates;
    private final UnitIndicatorSystemRepository unitSystems;
    private final VisibleGoals visibleGoals;
    private final DataScopes scopes;
    private final GoalQualityChecks checks;
    private final GoalQualityContexts qualityContexts;
    private final IndicatorRecommender recommender;
    private final ProjectReadiness readiness;
    private final PreAssessmentRepository preAssessments;
    private final BudgetArrangementRepository arrangements;
    private final RectificationRepository rectifications;
    private final Clock clock;
    private final MonitoringReportRepository monitoringReports;
    private final AllocationDecisionRepository allocationDecisions;

    @Inject
    public GoalQueryService(GoalRepository goals, ProjectRepository projects, BudgetUnitRepository units,
                            IndicatorTemplateRepository templates, UnitIndicatorSystemRepository unitSystems,
                            VisibleGoals visibleGoals, DataScopes scopes, GoalQualityChecks checks,
                            GoalQualityContexts qualityContexts, IndicatorRecommender recommender, ProjectReadiness readiness,
                            PreAssessmentRepository preAssessments, BudgetArrangementRepository arrangements,
                            RectificationRepository rectifications, Clock clock,
                            MonitoringReportRepository monitoringReports, AllocationDecisionRepository allocationDecisions) {
        this.monitoringReports = monitoringReports;
        this.goals = goals;
        this.projects = projects;
        this.units = units;
        this.templates = templates;
        this.unitSystems = unitSystems;
        this.visibleGoals = visibleGoals;
        this.scopes = scopes;
        this.checks = checks;
        this.qualityContexts = qualityContexts;
        this.recommender = recommender;
        this.readiness = readiness;
        this.preAssessments = preAssessments;
        this.arrangements = arrangements;
        this.rectifications = rectifications;
        this.clock = clock;
        this.allocationDecisions = allocationDecisions;
    }

    @Override
    public GoalView findGoal(Actor actor, GoalId id) {
        return visibleGoals.view(actor, visibleGoals.load(actor, id));
    }

    @Override
    public Page<GoalView> listGoals(Actor actor, GoalCriteria criteria, Paging paging) {
        Page<GoalDetails> page = goals.find(criteria, scopes.readScope(actor), actor.agency(), paging)
                .map(stored -> new GoalDetails(stored.goal(), stored.revision(), stored.reviewAgency()));
        return new Page<>(visibleGoals.views(actor, page.items()), page.page(), page.size(), page.total());
    }

    @Override
    public List<QualityFinding> qualityFindings(Actor actor, GoalId id) {
        PerformanceGoal goal = visibleGoals.load(actor, id).goal();
        return goal.checkQuality(checks, qualityContexts.of(goal));
    }

    @Override
    public List<IndicatorRecommendation> recommendIndicators(Actor actor, GoalId id, String industry, int limit) {
        PerformanceGoal goal = visibleGoals.load(actor, id).goal();
        Project project = goal.getProjectCode().flatMap(projects::findByCode).orElse(null);
        UnitCode department = visibleGoals.departmentOf(goal);
        Set<TemplateId> unitSystem = unitSystems.findByUnit(goal.getUnitCode()).map(UnitIndicatorSystem::getTemplateIds)
                .map(Set::copyOf).orElse(Set.of());
        RecommendationContext context = new RecommendationContext(goal.getFiscalYear(),
                project == null ? null : project.getCategory(), project == null ? Set.of() : project.getKinds(),
                department, goal.getUnitCode(), industry,
                goal.getContent().indicators().stream().map(Indicator::name).toList(), unitSystem);
        return recommender.recommend(context, templates.findActive(),
                goals.approvedIndicatorSamples(new SimilarProject(context.projectCategory(), department, goal.getUnitCode(),
                        goal.getProjectCode().orElse(null)), SAMPLE_LIMIT), limit);
    }

    @Override
    public ReadinessReport projectReadiness(Actor actor, ProjectCode code) {
        DataScope scope = scopes.readScope(actor);
        Project project = projects.findByCode(code).filter(p -> scope.includes(p.getUnitCode()))
                .orElseThrow(() -> new ProjectNotFoundException(code));
        Set<ProjectCode> predecessors = predecessorsOf(project);
        return readiness.assess(ProjectReadinessFacts.about(project).withGoals(goals.findByProject(code))
                .withPreAssessments(preAssessments.findByProject(code))
                .withArrangement(arrangements.findByProject(code).map(BudgetArrangementRepository.Stored::arrangement).orElse(null))
                .withRectifications(rectificationsOf(code, predecessors), DistrictCalendar.today(clock), predecessors)
                .withMonitoringReports(all(p -> monitoringReports.find(MonitoringReportCriteria.ofProject(code), scope, p)).stream()
                        .map(MonitoringReportRepository.Stored::report).toList())
                .withAllocationDecisions(AllocationService.ofUnits(allocationDecisions, project.getFiscalYear(), List.of(project.getUnitCode()))));
    }

    /** Last year's projects of the same unit that continue as this one (the province gives every year a new code). */
    private Set<ProjectCode> predecessorsOf(Project project) {
        if (project.getFiscalYear().value() <= FiscalYear.EARLIEST) {
            return Set.of();
        }
        ProjectCriteria lastYear = new ProjectCriteria(project.getFiscalYear().previous(), project.getUnitCode(), null, null);
        return all(p -> projects.find(lastYear, DataScope.all(), p)).stream()
                .filter(earlier -> ProjectContinuity.predecessorOf(earlier, project)).map(Project::getCode).collect(Collectors.toSet());
    }

    private List<Rectification> rectificationsOf(ProjectCode code, Set<ProjectCode> predecessors) {
        List<Rectification> items = new ArrayList<>(rectifications.findByProject(code));
        predecessors.forEach(p -> items.addAll(rectifications.findByProject(p)));
        return items;
    }

    /** Every page of a list (readiness needs all of a project's reports), page by page at the largest size. */
    private static <T> List<T> all(Function<Paging, Page<T>> query) {
        List<T> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<T> slice = query.apply(new Paging(page, Paging.MAX_SIZE));
            all.addAll(slice.items());
            if ((long) page * Paging.MAX_SIZE >= slice.total()) {
                return all;
            }
        }
    }
}
