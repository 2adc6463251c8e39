package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.arrangement.ArrangeBudgetCommand;
import cn.gov.daxiang.perf.application.port.in.arrangement.ArrangeBudgetUseCase;
import cn.gov.daxiang.perf.application.port.in.arrangement.BudgetArrangementView;
import cn.gov.daxiang.perf.application.port.in.arrangement.FindBudgetArrangementQuery;
import cn.gov.daxiang.perf.application.port.out.BudgetArrangementRepository;
import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.arrangement.ArrangementAccessPolicy;
import cn.gov.daxiang.perf.domain.arrangement.ArrangementProposal;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Budget arrangements (预算安排): finance sets and revises the amount proposed for a project's budget year; a NEW or
 * CONTINUATION project's amount is refused without a concluded supporting assessment or above its assessed amount.
 */
@ApplicationScoped
@Transactional
public class BudgetArrangementService implements FindBudgetArrangementQuery, ArrangeBudgetUseCase {

    private final BudgetArrangementRepository arrangements;
    private final PreAssessmentRepository assessments;
    private final ProjectRepository projects;
    private final DataScopes scopes;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public BudgetArrangementService(BudgetArrangementRepository arrangements, PreAssessmentRepository assessments, ProjectRepository projects,
                                    DataScopes scopes, ChangePipeline pipeline, Clock clock) {
        this.arrangements = arrangements;
        this.assessments = assessments;
        this.projects = projects;
        this.scopes = scopes;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public BudgetArrangementView findBudgetArrangement(Actor actor, ProjectCode code) {
        Project project = visibleProject(actor, code);
        return view(project, arrangements.findByProject(code).orElse(null));
    }

    @Override
    public BudgetArrangementView arrangeBudget(Actor actor, ArrangeBudgetCommand command) {
        Project project = visibleProject(actor, command.projectCode());
        ArrangementAccessPolicy.requireFinance(actor, "arrange-budget");
        Optional<BudgetArrangementRepository.Stored> existing = arrangements.findByProject(project.getCode());
        String id = project.getCode().value();
        ArrangementProposal proposal = new ArrangementProposal(command.amount(), command.classification(), command.classificationReason());
        AssessmentStanding standing = AssessmentStanding.of(assessments.findByProject(project.getCode()));
        ActorId by = ActorId.of(actor.userId());
        if (existing.isEmpty()) {
            if (command.expectedRevision() != null) {
                throw new StaleRevisionException(BudgetArrangement.AUDIT_TYPE, id, command.expectedRevision(), -1);
            }
            BudgetArrangement arrangement = BudgetArrangement.arrange(project, proposal, standing, by, clock.instant());
            long revision = pipeline.create(actor, arrangement, arrangements::add);
            return view(project, new BudgetArrangementRepository.Stored(arrangement, revision));
        }
        long expected = command.expectedRevision() == null ? -1 : command.expectedRevision();
        StoredForChange<BudgetArrangement> target = new StoredForChange<>(BudgetArrangement.AUDIT_TYPE, id, expected,
                () -> new StoredForChange.Found<>(existing.get().arrangement(), existing.get().revision()), arrangements::update);
        Saved<BudgetArrangement, Void> saved = pipeline.change(actor, target)
                .authorisedBy(target.authorisedBy(a -> ArrangementAccessPolicy.requireFinance(actor, "arrange-budget")))
                .apply(a -> a.revise(proposal, standing, by, clock.instant()));
        return view(project, new BudgetArrangementRepository.Stored(saved.aggregate(), saved.revision()));
    }

    private Project visibleProject(Actor actor, ProjectCode code) {
        DataScope scope = scopes.readScope(actor);
        return projects.findByCode(code).filter(p -> scope.includes(p.getUnitCode())).orElseThrow(() -> new ProjectNotFoundException(code));
    }

    private BudgetArrangementView view(Project project, BudgetArrangementRepository.Stored stored) {
        AssessmentStanding standing = AssessmentStanding.of(assessments.findByProject(project.getCode()));
        BudgetArrangement arrangement = stored == null ? null : stored.arrangement();
        BudgetClassification classification = arrangement == null ? BudgetClassification.defaultFor(project.getCategory())
                : arrangement.getClassification();
        return new BudgetArrangementView(project, arrangement, stored == null ? -1 : stored.revision(), classification, standing);
    }
}
