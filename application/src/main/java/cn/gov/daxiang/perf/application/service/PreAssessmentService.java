package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.preassessment.ConcludePreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.ConcludePreAssessmentUseCase;
import cn.gov.daxiang.perf.application.port.in.preassessment.DraftPreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.DraftPreAssessmentUseCase;
import cn.gov.daxiang.perf.application.port.in.preassessment.EditPreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.EditPreAssessmentUseCase;
import cn.gov.daxiang.perf.application.port.in.preassessment.PreAssessmentDetails;
import cn.gov.daxiang.perf.application.port.in.preassessment.PreAssessmentStepsUseCase;
import cn.gov.daxiang.perf.application.port.in.preassessment.ScorePreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.ScorePreAssessmentUseCase;
import cn.gov.daxiang.perf.application.port.out.AssessmentCriteriaRepository;
import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentAccessPolicy;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentAction;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentProjectNotFoundException;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Ex-ante assessments (事前绩效评估): the unit drafts, edits and submits; finance takes them up (optionally
 * commissioning an agency), scores with the agency, returns or concludes.
 *
 * <p>The agency named when commissioning must be registered and active, as for key evaluations.
 */
@ApplicationScoped
@Transactional
public class PreAssessmentService implements DraftPreAssessmentUseCase, EditPreAssessmentUseCase, ScorePreAssessmentUseCase,
        PreAssessmentStepsUseCase, ConcludePreAssessmentUseCase {

    private final PreAssessmentRepository assessments;
    private final AssessmentCriteriaRepository criteria;
    private final ProjectRepository projects;
    private final AgencyRepository agencies;
    private final VisiblePreAssessments visible;
    private final DataScopes scopes;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public PreAssessmentService(PreAssessmentRepository assessments, AssessmentCriteriaRepository criteria, ProjectRepository projects,
                                AgencyRepository agencies, VisiblePreAssessments visible, DataScopes scopes, ChangePipeline pipeline, Clock clock) {
        this.assessments = assessments;
        this.agencies = agencies;
        this.criteria = criteria;
        this.projects = projects;
        this.visible = visible;
        this.scopes = scopes;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public PreAssessmentDetails draftPreAssessment(Actor actor, DraftPreAssessmentCommand command) {
        DataScope scope = scopes.readScope(actor);
        Project project = projects.findByCode(command.projectCode()).filter(p -> scope.includes(p.getUnitCode()))
                .orElseThrow(PreAssessmentProjectNotFoundException::new);
        PreAssessmentAccessPolicy.requireUnitOf(actor, project.getUnitCode(), "draft-pre-assessment");
        assessments.findOpenByProject(project.getCode()).ifPresent(open -> {
            throw new AlreadyExistsException("PRE_ASSESSMENT_ALREADY_OPEN",
                    Map.of("projectCode", project.getCode().value(), "assessmentId", open.toString()));
        });
        AssessmentCriteriaSet inForce = criteria.findCurrent().orElseGet(AssessmentCriteriaSet::standard);
        PreAssessment assessment = PreAssessment.draft(PreAssessmentId.newId(), project, command.purpose(), command.requestedAmount(),
                command.summary(), inForce, ActorId.of(actor.userId()), clock.instant());
        long revision = pipeline.create(actor, assessment, assessments::add);
        return new PreAssessmentDetails(assessment, revision);
    }

    @Override
    public PreAssessmentDetails editPreAssessment(Actor actor, EditPreAssessmentCommand command) {
        return change(actor, command.id(), command.revision(),
                a -> PreAssessmentAccessPolicy.require(actor, a, PreAssessmentAction.EDIT, "edit-pre-assessment"),
                a -> a.edit(command.purpose(), command.requestedAmount(), command.summary()));
    }

    @Override
    public PreAssessmentDetails scorePreAssessment(Actor actor, ScorePreAssessmentCommand command) {
        return change(actor, command.id(), command.revision(),
                a -> PreAssessmentAccessPolicy.require(actor, a, PreAssessmentAction.SCORE, "score-pre-assessment"),
                a -> a.score(command.scores()));
    }

    @Override
    public PreAssessmentDetails submitPreAssessment(Actor actor, PreAssessmentId id, long revision) {
        return change(actor, id, revision, a -> PreAssessmentAccessPolicy.require(actor, a, PreAssessmentAction.SUBMIT, "submit-pre-assessment"),
                PreAssessment::submit);
    }

    @Override
    public PreAssessmentDetails takeUpPreAssessment(Actor actor, PreAssessmentId id, long revision, AgencyId agency) {
        return change(actor, id, revision, a -> PreAssessmentAccessPolicy.require(actor, a, PreAssessmentAction.TAKE_UP, "review-pre-assessment"),
                a -> a.takeUp(agency == null ? null : CommissionableAgencies.require(agencies, agency).getId()));
    }

    @Override
    public PreAssessmentDetails returnPreAssessment(Actor actor, PreAssessmentId id, long revision, String reason) {
        return change(actor, id, revision, a -> PreAssessmentAccessPolicy.require(actor, a, PreAssessmentAction.RETURN, "return-pre-assessment"),
                a -> a.returnToUnit(reason));
    }

    @Override
    public PreAssessmentDetails concludePreAssessment(Actor actor, ConcludePreAssessmentCommand command) {
        return change(actor, command.id(), command.revision(),
                a -> PreAssessmentAccessPolicy.require(actor, a, PreAssessmentAction.CONCLUDE, "conclude-pre-assessment"),
                a -> a.conclude(command.conclusion(), command.assessedAmount(), command.opinion(), ActorId.of(actor.userId()), clock.instant()));
    }

    private PreAssessmentDetails change(Actor actor, PreAssessmentId id, long revision, Consumer<PreAssessment> policy,
                                        Consumer<PreAssessment> command) {
        StoredForChange<PreAssessment> target = visible.forChange(actor, id, revision);
        Saved<PreAssessment, Void> saved = pipeline.change(actor, target).authorisedBy(target.authorisedBy(policy)).apply(command);
        return new PreAssessmentDetails(saved.aggregate(), saved.revision());
    }
}
