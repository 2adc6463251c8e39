package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.AcceptKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.CommissionKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.CommissionKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationChange;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.PlanKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.PlanKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.RecordKeyEvaluationFindingsCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.RecordKeyEvaluationFindingsUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ReturnKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ReturnKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoreKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoreKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SetKeyEvaluationFrameworkCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SetKeyEvaluationFrameworkUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.StartKeyEvaluationFieldworkUseCase;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SubmitKeyEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.EvaluationFrameworkRepository;
import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationSettings;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.agency.Agency;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationAction;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKindRule;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Key evaluations (重点评价): finance plans, commissions, returns and accepts; the commissioned agency's evaluator sets
 * the framework (as finance may), goes on site, scores, records findings and submits. Every change runs through the
 * change pipeline: visible or not found, the domain's policy, the revision, the events.
 */
@ApplicationScoped
@Transactional
public class KeyEvaluationService implements PlanKeyEvaluationUseCase, CommissionKeyEvaluationUseCase, SetKeyEvaluationFrameworkUseCase,
        StartKeyEvaluationFieldworkUseCase, ScoreKeyEvaluationUseCase, RecordKeyEvaluationFindingsUseCase, SubmitKeyEvaluationUseCase,
        ReturnKeyEvaluationUseCase, AcceptKeyEvaluationUseCase {

    private final KeyEvaluationRepository evaluations;
    private final VisibleKeyEvaluations visible;
    private final KeyEvaluationObjects objects;
    private final KeyEvaluationReadModels readModels;
    private final AgencyRepository agencies;
    private final EvaluationFrameworkRepository frameworks;
    private final BudgetUnitRepository units;
    private final GradingConfigurationRepository grading;
    private final KeyEvaluationSettings settings;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public KeyEvaluationService(KeyEvaluationRepository evaluations, VisibleKeyEvaluations visible, KeyEvaluationObjects objects,
                                KeyEvaluationReadModels readModels, AgencyRepository agencies, EvaluationFrameworkRepository frameworks,
                                BudgetUnitRepository units, GradingConfigurationRepository grading, KeyEvaluationSettings settings,
                                ChangePipeline pipeline, Clock clock) {
        this.evaluations = evaluations;
        this.visible = visible;
        this.objects = objects;
        this.readModels = readModels;
        this.agencies = agencies;
        this.frameworks = frameworks;
        this.units = units;
        this.grading = grading;
        this.settings = settings;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public KeyEvaluationDetails planKeyEvaluation(Actor actor, PlanKeyEvaluationCommand command) {
        KeyEvaluationAccessPolicy.requireFinance(actor, "plan-key-evaluation");
        EvaluationObject object = command.plan().object();
        if (object instanceof EvaluationObject.OfDepartment department && units.findByCode(department.department()).isEmpty()) {
            throw new RuleViolationException("KEY_EVALUATION_DEPARTMENT_UNKNOWN", Map.of("unitCode", department.department().value()));
        }
        SubjectKindRule.check(object, command.plan().subjectKind(), objects.projectsOf(object));
        KeyEvaluation evaluation = KeyEvaluation.plan(KeyEvaluationId.newId(), command.plan(), ActorId.of(actor.userId()), clock.instant());
        long revision = pipeline.create(actor, evaluation, evaluations::add);
        return readModels.details(evaluation, revision);
    }

    @Override
    public KeyEvaluationDetails commissionKeyEvaluation(Actor actor, CommissionKeyEvaluationCommand command) {
        return change(actor, command.id(), command.revision(), evaluation -> KeyEvaluationAccessPolicy.require(actor, evaluation, KeyEvaluationAction.COMMISSION, "commission-key-evaluation"),
                evaluation -> {
                    Agency agency = CommissionableAgencies.require(agencies, command.agencyId());
                    evaluation.commission(agency.getId(), ActorId.of(actor.userId()), clock.instant());
                });
    }

    @Override
    public KeyEvaluationDetails setKeyEvaluationFramework(Actor actor, SetKeyEvaluationFrameworkCommand command) {
        return change(actor, command.id(), command.revision(),
                evaluation -> KeyEvaluationAccessPolicy.require(actor, evaluation, KeyEvaluationAction.SET_FRAMEWORK, "set-key-evaluation-framework"),
                evaluation -> {
                    EvaluationFramework framework = frameworks.find(command.framework())
                            .orElseThrow(() -> new RuleViolationException("KEY_EVALUATION_FRAMEWORK_UNKNOWN",
                                    Map.of("frameworkCode", command.framework().code().value(), "version", command.framework().version())));
                    IndicatorTree adjusted = command.indicators() != null ? command.indicators()
                            : command.points().isEmpty() ? null : framework.getIndicators().withPoints(command.points());
                    evaluation.setFramework(framework, adjusted);
                });
    }

    @Override
    public KeyEvaluationDetails startKeyEvaluationFieldwork(Actor actor, KeyEvaluationChange command) {
        return change(actor, command.id(), command.revision(),
                evaluation -> KeyEvaluationAccessPolicy.require(actor, evaluation, KeyEvaluationAction.START_FIELDWORK, "start-key-evaluation-fieldwork"),
                KeyEvaluation::startFieldwork);
    }

    @Override
    public KeyEvaluationDetails scoreKeyEvaluation(Actor actor, ScoreKeyEvaluationCommand command) {
        return change(actor, command.id(), command.revision(),
                evaluation -> KeyEvaluationAccessPolicy.require(actor, evaluation, KeyEvaluationAction.SCORE, "score-key-evaluation"),
                evaluation -> evaluation.score(command.scores()));
    }

    @Override
    public KeyEvaluationDetails recordKeyEvaluationFindings(Actor actor, RecordKeyEvaluationFindingsCommand command) {
        return change(actor, command.id(), command.revision(),
                evaluation -> KeyEvaluationAccessPolicy.require(actor, evaluation, KeyEvaluationAction.RECORD_FINDINGS, "record-key-evaluation-findings"),
                evaluation -> evaluation.recordFindings(command.findings(), command.suggestions()));
    }

    @Override
    public KeyEvaluationDetails submitKeyEvaluation(Actor actor, KeyEvaluationChange command) {
        return change(actor, command.id(), command.revision(),
                evaluation -> KeyEvaluationAccessPolicy.require(actor, evaluation, KeyEvaluationAction.SUBMIT, "submit-key-evaluation"),
                evaluation -> {
                    GradeScheme scheme = grading.gradeSchemeCatalog().catalog().schemeFor(EvaluationType.KEY_EVALUATION, evaluation.getFiscalYear());
                    evaluation.submit(scheme, ActorId.of(actor.userId()), clock.instant());
                });
    }

    @Override
    public KeyEvaluationDetails returnKeyEvaluation(Actor actor, ReturnKeyEvaluationCommand command) {
        return change(actor, command.id(), command.revision(), evaluation -> KeyEvaluationAccessPolicy.require(actor, evaluation, KeyEvaluationAction.RETURN, "return-key-evaluation"),
                evaluation -> evaluation.returnForRework(command.reasons(), ActorId.of(actor.userId()), clock.instant()));
    }

    @Override
    public KeyEvaluationDetails acceptKeyEvaluation(Actor actor, KeyEvaluationChange command) {
        return change(actor, command.id(), command.revision(), evaluation -> KeyEvaluationAccessPolicy.require(actor, evaluation, KeyEvaluationAction.ACCEPT, "accept-key-evaluation"),
                evaluation -> evaluation.accept(ActorId.of(actor.userId()), clock.instant(), DistrictCalendar.today(clock), settings.rectificationDays()));
    }

    private KeyEvaluationDetails change(Actor actor, KeyEvaluationId id, long revision, Consumer<KeyEvaluation> policy, Consumer<KeyEvaluation> command) {
        StoredForChange<KeyEvaluation> target = visible.forChange(actor, id, revision);
        Saved<KeyEvaluation, Void> saved = pipeline.change(actor, target).authorisedBy(target.authorisedBy(policy)).apply(command);
        return readModels.details(saved.aggregate(), saved.revision());
    }
}
