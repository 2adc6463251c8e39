package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.selfevaluation.CheckSelfEvaluationScoresQuery;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.FindSelfEvaluationQuery;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ListSelfEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationTable;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationTableQuery;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.selfevaluation.ScoreCheckReport;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class SelfEvaluationQueryService implements FindSelfEvaluationQuery, ListSelfEvaluationsQuery, SelfEvaluationTableQuery,
        CheckSelfEvaluationScoresQuery {

    private final SelfEvaluationRepository evaluations;
    private final GradingConfigurationRepository configuration;
    private final BudgetUnitRepository units;
    private final ProjectRepository projects;
    private final GoalRepository goals;
    private final VisibleSelfEvaluations visibleEvaluations;
    private final SelfEvaluationPreviews previews;
    private final DataScopes scopes;

    @Inject
    public SelfEvaluationQueryService(SelfEvaluationRepository evaluations, GradingConfigurationRepository configuration,
                                      BudgetUnitRepository units, ProjectRepository projects, GoalRepository goals,
                                      VisibleSelfEvaluations visibleEvaluations, SelfEvaluationPreviews previews, DataScopes scopes) {
        this.evaluations = evaluations;
        this.configuration = configuration;
        this.units = units;
        this.projects = projects;
        this.goals = goals;
        this.visibleEvaluations = visibleEvaluations;
        this.previews = previews;
        this.scopes = scopes;
    }

    @Override
    public SelfEvaluationDetails findSelfEvaluation(Actor actor, SelfEvaluationId id) {
        SelfEvaluationRepository.Stored stored = visibleEvaluations.load(actor, id);
        return previews.details(stored.evaluation(), stored.revision());
    }

    @Override
    public Page<SelfEvaluationDetails> listSelfEvaluations(Actor actor, SelfEvaluationCriteria criteria, Paging paging) {
        GradeSchemeCatalog catalog = configuration.gradeSchemeCatalog().catalog();
        return evaluations.find(criteria, scopes.readScope(actor), paging)
                .map(stored -> previews.details(stored.evaluation(), stored.revision(), catalog));
    }

    @Override
    public SelfEvaluationTable selfEvaluationTable(Actor actor, SelfEvaluationId id) {
        SelfEvaluationRepository.Stored stored = visibleEvaluations.load(actor, id);
        SelfEvaluation evaluation = stored.evaluation();
        BudgetUnit unit = units.findByCode(evaluation.getUnitCode()).orElse(null);
        UnitCode departmentCode = unit == null ? null : unit.getSupervisingDepartment().orElse(unit.getCode());
        String departmentName = departmentCode == null ? null
                : units.findByCode(departmentCode).map(BudgetUnit::getName).orElse(departmentCode.value());
        Project project = evaluation.getProjectCode().flatMap(projects::findByCode).orElse(null);
        String annualOverallGoal = goals.findById(new GoalId(evaluation.getGoal().goalId()))
                .map(g -> g.goal().version(evaluation.getGoal().version()).getContent().annualOverallGoal()).orElse(null);
        return new SelfEvaluationTable(previews.details(evaluation, stored.revision()),
                evaluation.isScorable() ? evaluation.scoreSheet() : null,
                unit == null ? evaluation.getUnitCode().value() : unit.getName(), departmentName,
                project == null ? null : project.getName(), project == null ? null : project.getFunds(), annualOverallGoal);
    }

    @Override
    public ScoreCheckReport checkSelfEvaluationScores(Actor actor, FiscalYear fiscalYear) {
        EvaluationAccessPolicy.requireScoreChecker(actor, "check-self-evaluation-scores");
        Map<GradeSchemeId, GradeScheme> schemes = new HashMap<>();
        configuration.findSchemes().forEach(s -> schemes.put(s.scheme().getId(), s.scheme()));
        List<SelfEvaluation> graded = evaluations.findGraded(fiscalYear);
        return ScoreCheckReport.of(fiscalYear, graded.stream()
                .map(e -> e.recheck(schemes.get(e.getResult().orElseThrow().schemeId())))
                .toList());
    }
}
