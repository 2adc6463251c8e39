package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.rectification.IssueRectificationsUseCase;
import cn.gov.daxiang.perf.application.port.in.rectification.RaiseRectificationCommand;
import cn.gov.daxiang.perf.application.port.in.rectification.RaiseRectificationUseCase;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationDetails;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationStepsUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.EvidenceFileRepository;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationSettings;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.RectificationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.FindingRectifications;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationAccessPolicy;
import cn.gov.daxiang.perf.domain.rectification.RectificationAction;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.rectification.RectificationSource;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Rectification (整改): items issued from accepted key evaluations' findings (by {@code RectificationIssuingSubscriber}
 * in the acceptance's own transaction, or again by finance, idempotently) and raised by finance on any evaluation; the
 * responsible unit starts and reports (with evidence), finance verifies or returns. Days are the district's.
 */
@ApplicationScoped
@Transactional
public class RectificationService implements RaiseRectificationUseCase, IssueRectificationsUseCase, RectificationStepsUseCase {

    private final RectificationRepository rectifications;
    private final VisibleKeyEvaluations visibleKeyEvaluations;
    private final VisibleSelfEvaluations visibleSelfEvaluations;
    private final ProjectRepository projects;
    private final BudgetUnitRepository units;
    private final EvidenceFileRepository evidence;
    private final VisibleRectifications visible;
    private final KeyEvaluationSettings settings;
    private final ChangePipeline pipeline;
    private final RectificationNames names;
    private final Clock clock;

    @Inject
    public RectificationService(RectificationRepository rectifications,
                                VisibleKeyEvaluations visibleKeyEvaluations, VisibleSelfEvaluations visibleSelfEvaluations,
                                ProjectRepository projects, BudgetUnitRepository units, EvidenceFileRepository evidence,
                                VisibleRectifications visible, KeyEvaluationSettings settings, ChangePipeline pipeline,
                                RectificationNames names, Clock clock) {
        this.names = names;
        this.rectifications = rectifications;
        this.visibleKeyEvaluations = visibleKeyEvaluations;
        this.visibleSelfEvaluations = visibleSelfEvaluations;
        this.projects = projects;
        this.units = units;
        this.evidence = evidence;
        this.visible = visible;
        this.settings = settings;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public List<RectificationDetails> issueRectifications(Actor actor, KeyEvaluationId id) {
        RectificationAccessPolicy.requireFinance(actor, "issue-rectifications");
        KeyEvaluation evaluation = visibleKeyEvaluations.load(actor, id).evaluation();
        if (evaluation.getState() != KeyEvaluationState.ACCEPTED) {
            throw new RuleViolationException("RECTIFICATION_EVALUATION_NOT_ACCEPTED",
                    Map.of("keyEvaluationId", id.toString(), "state", evaluation.getState().name()));
        }
        return issue(actor, evaluation);
    }

    private List<RectificationDetails> issue(Actor actor, KeyEvaluation evaluation) {
        Set<Integer> issued = rectifications.findByEvaluation(EvaluationKind.KEY_EVALUATION, evaluation.getId().value()).stream()
                .map(r -> r.getSource().findingIndex()).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Rectification> created = FindingRectifications.issue(evaluation, issued,
                code -> projects.findByCode(code).map(Project::getUnitCode), ActorId.of(actor.userId()), clock.instant());
        // A finding may name a unit the district does not have (the agency typed it): the acceptance is refused naming
        // it, so that finance returns the report for correction rather than losing the finding's rectification.
        List<String> unknown = created.stream().map(r -> r.getResponsibleUnit()).distinct()
                .filter(u -> units.findByCode(u).isEmpty()).map(u -> u.value()).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("RECTIFICATION_UNIT_UNKNOWN", Map.of("unitCode", String.join(", ", unknown),
                    "keyEvaluationId", evaluation.getId().toString()));
        }
        LocalDate today = DistrictCalendar.today(clock);
        List<RectificationDetails> answers = new ArrayList<>();
        for (Rectification item : created) {
            long revision = pipeline.create(actor, item, rectifications::add);
            answers.add(RectificationDetails.of(item, revision, today));
        }
        return names.of(answers);
    }

    @Override
    public RectificationDetails raiseRectification(Actor actor, RaiseRectificationCommand command) {
        RectificationAccessPolicy.requireFinance(actor, "raise-rectification");
        FiscalYear year = switch (command.evaluationKind()) {
            case KEY_EVALUATION -> visibleKeyEvaluations.load(actor, KeyEvaluationId.of(command.evaluationId())).evaluation().getFiscalYear();
            case SELF_EVALUATION -> {
                SelfEvaluation evaluation = visibleSelfEvaluations.load(actor, SelfEvaluationId.of(command.evaluationId())).evaluation();
                yield evaluation.getFiscalYear();
            }
        };
        if (units.findByCode(command.responsibleUnit()).isEmpty()) {
            throw new RuleViolationException("RECTIFICATION_UNIT_UNKNOWN", Map.of("unitCode", command.responsibleUnit().value()));
        }
        if (command.projectCode() != null && projects.findByCode(command.projectCode()).isEmpty()) {
            throw new RuleViolationException("RECTIFICATION_PROJECT_UNKNOWN", Map.of("projectCode", command.projectCode().value()));
        }
        LocalDate today = DistrictCalendar.today(clock);
        LocalDate deadline = command.deadline() == null ? today.plusDays(settings.rectificationDays()) : command.deadline();
        Rectification item = Rectification.issue(RectificationId.newId(), RectificationSource.raised(command.evaluationKind(), command.evaluationId()),
                year, command.projectCode(), command.responsibleUnit(), command.text(), deadline, ActorId.of(actor.userId()), clock.instant(), today);
        long revision = pipeline.create(actor, item, rectifications::add);
        return names.of(RectificationDetails.of(item, revision, today));
    }

    @Override
    public RectificationDetails startRectification(Actor actor, RectificationId id, long revision) {
        return change(actor, id, revision, r -> RectificationAccessPolicy.require(actor, r, RectificationAction.START, "start-rectification"),
                r -> r.start(clock.instant()));
    }

    @Override
    public RectificationDetails reportRectification(Actor actor, RectificationId id, long revision, String text) {
        int files = evidence.findByOwner(new EvidenceOwner(EvidenceOwnerType.RECTIFICATION, id.toString())).size();
        return change(actor, id, revision, r -> RectificationAccessPolicy.require(actor, r, RectificationAction.REPORT, "report-rectification"),
                r -> r.report(text, files, clock.instant(), DistrictCalendar.today(clock)));
    }

    @Override
    public RectificationDetails verifyRectification(Actor actor, RectificationId id, long revision) {
        return change(actor, id, revision, r -> RectificationAccessPolicy.require(actor, r, RectificationAction.VERIFY, "verify-rectification"),
                r -> r.verify(ActorId.of(actor.userId()), clock.instant()));
    }

    @Override
    public RectificationDetails returnRectification(Actor actor, RectificationId id, long revision, String reason) {
        return change(actor, id, revision, r -> RectificationAccessPolicy.require(actor, r, RectificationAction.RETURN, "return-rectification"),
                r -> r.returnToUnit(reason));
    }

    private RectificationDetails change(Actor actor, RectificationId id, long revision, Consumer<Rectification> policy,
                                        Consumer<Rectification> command) {
        StoredForChange<Rectification> target = visible.forChange(actor, id, revision);
        Saved<Rectification, Void> saved = pipeline.change(actor, target).authorisedBy(target.authorisedBy(policy)).apply(command);
        return names.of(RectificationDetails.of(saved.aggregate(), saved.revision(), DistrictCalendar.today(clock)));
    }
}
