package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.goal.ApproveGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.AssignGoalReviewUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewCommand;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.PublishGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReturnGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ReturnGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceUseCase;
import cn.gov.daxiang.perf.application.port.out.GoalReviewAssignmentRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.goal.GoalAccessPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalAction;
import cn.gov.daxiang.perf.domain.goal.GoalActionPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalReviewAssigned;
import cn.gov.daxiang.perf.domain.goal.GoalReviewAssignment;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What reviewers do with goals: the department's review, the finance bureau's grade, approval and publication.
 * Approval reaches the province as the goal's {@code GoalApproved} event, through the outbox's subscriber.
 */
@ApplicationScoped
@Transactional
public class GoalReviewService implements PassDepartmentReviewUseCase, ReturnGoalUseCase, ReviewGoalByFinanceUseCase,
        ApproveGoalUseCase, PublishGoalUseCase, AssignGoalReviewUseCase {

    private final GoalReviewAssignmentRepository assignments;
    private final VisibleGoals visibleGoals;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public GoalReviewService(GoalReviewAssignmentRepository assignments, VisibleGoals visibleGoals, ChangePipeline pipeline,
                             Clock clock) {
        this.assignments = assignments;
        this.visibleGoals = visibleGoals;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public GoalView passDepartmentReview(Actor actor, PassDepartmentReviewCommand command) {
        return change(actor, command.goalId(), command.revision(),
                goal -> authorise(actor, goal, GoalAction.PASS_DEPARTMENT_REVIEW, "review-goal"),
                goal -> goal.passDepartmentReview(command.note(), actor.userId(), clock.instant()));
    }

    @Override
    public GoalView returnGoal(Actor actor, ReturnGoalCommand command) {
        return change(actor, command.goalId(), command.revision(),
                goal -> authorise(actor, goal, GoalAction.RETURN, "return-goal"),
                goal -> goal.returnForRevision(command.reasons(), actor.userId(), clock.instant()));
    }

    @Override
    public GoalView reviewGoalByFinance(Actor actor, ReviewGoalByFinanceCommand command) {
        return change(actor, command.goalId(), command.revision(), goal -> authorise(actor, goal, GoalAction.REVIEW_BY_FINANCE, "review-goal"),
                goal -> goal.reviewByFinance(command.grade(), command.consultationNote(), command.reasons(), actor.userId(),
                        clock.instant()));
    }

    @Override
    public GoalView approveGoal(Actor actor, GoalId id, long revision) {
        return change(actor, id, revision, goal -> authorise(actor, goal, GoalAction.APPROVE, "approve-goal"),
                goal -> goal.approve(actor.userId(), clock.instant()));
    }

    @Override
    public GoalView publishGoal(Actor actor, GoalId id, long revision) {
        return change(actor, id, revision, goal -> authorise(actor, goal, GoalAction.PUBLISH, "publish-goal"),
                goal -> goal.publish(actor.userId(), clock.instant()));
    }

    @Override
    public GoalView assignGoalReview(Actor actor, GoalId id, AgencyId agency) {
        GoalDetails details = visibleGoals.load(actor, id);
        GoalAccessPolicy.requireFinance(actor, "assign-goal-review");
        GoalReviewAssignment assignment = new GoalReviewAssignment(id, agency, actor.userId(), clock.instant());
        assignments.save(assignment);
        pipeline.record(actor, new GoalReviewAssigned(assignment),
                snapshot(id, details.reviewAgencyIfAny().map(AgencyId::value).orElse("")), snapshot(id, agency.value()));
        return visibleGoals.view(actor, new GoalDetails(details.goal(), details.revision(), agency));
    }

    /** The assignment as the audit trail records it, under the goal it is kept beside. */
    private static AuditSnapshot snapshot(GoalId id, String agency) {
        return new AuditSnapshot(PerformanceGoal.AUDIT_TYPE, id.toString(), Map.of("reviewAgency", agency));
    }

    private GoalView change(Actor actor, GoalId id, long revision, Consumer<PerformanceGoal> authorise,
                            Consumer<PerformanceGoal> command) {
        VisibleGoals.GoalForChange target = visibleGoals.forChange(actor, id, revision);
        return visibleGoals.view(actor, target.details(pipeline.change(actor, target).authorisedBy(authorise).apply(command)));
    }

    /** The reviewers' steps: the same rule that offers them ({@link GoalActionPolicy}). */
    private void authorise(Actor actor, PerformanceGoal goal, GoalAction action, String operation) {
        GoalActionPolicy.require(actor, action, goal.getStatus(), goal.getUnitCode(), visibleGoals.departmentOf(goal), operation);
    }
}
