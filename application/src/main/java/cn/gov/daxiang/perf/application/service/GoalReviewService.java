package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.goal.ApproveGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.AssignGoalReviewUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.PublishGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReturnGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceUseCase;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.GoalReviewAssignmentRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalApprovedReport;
import cn.gov.daxiang.perf.domain.goal.GoalAccessPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalReviewAssignment;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What reviewers do with goals: the department's review, the finance bureau's grade, approval and publication. */
@ApplicationScoped
@Transactional
public class GoalReviewService implements PassDepartmentReviewUseCase, ReturnGoalUseCase, ReviewGoalByFinanceUseCase,
        ApproveGoalUseCase, PublishGoalUseCase, AssignGoalReviewUseCase {

    private final GoalRepository goals;
    private final GoalReviewAssignmentRepository assignments;
    private final VisibleGoals visibleGoals;
    private final AuditTrail audit;
    private final ProvincialReports reports;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    public GoalReviewService(GoalRepository goals, GoalReviewAssignmentRepository assignments, VisibleGoals visibleGoals,
                             AuditTrail audit, ProvincialReports reports, SyncSettings settings, Clock clock) {
        this.goals = goals;
        this.assignments = assignments;
        this.visibleGoals = visibleGoals;
        this.audit = audit;
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public GoalDetails passDepartmentReview(Actor actor, GoalId id, long revision, String note) {
        return change(actor, id, revision, "pass_department_review",
                goal -> GoalAccessPolicy.requireDepartmentReviewer(actor, goal.getUnitCode(), visibleGoals.departmentOf(goal), "review-goal"),
                goal -> goal.passDepartmentReview(note, actor.userId(), clock.instant()));
    }

    @Override
    public GoalDetails returnGoal(Actor actor, GoalId id, long revision, List<ReturnReason> reasons) {
        return change(actor, id, revision, "return",
                goal -> GoalAccessPolicy.requireReturner(actor, goal.getStatus(), goal.getUnitCode(), visibleGoals.departmentOf(goal)),
                goal -> goal.returnForRevision(reasons, actor.userId(), clock.instant()));
    }

    @Override
    public GoalDetails reviewGoalByFinance(Actor actor, GoalId id, long revision, AuditGrade grade, String consultationNote,
                                           List<ReturnReason> reasons) {
        return change(actor, id, revision, "review_by_finance",
                goal -> GoalAccessPolicy.requireFinance(actor, "review-goal"),
                goal -> goal.reviewByFinance(grade, consultationNote, reasons, actor.userId(), clock.instant()));
    }

    /** Approval reaches the province through the outbox, in the approval's own transaction. */
    @Override
    public GoalDetails approveGoal(Actor actor, GoalId id, long revision) {
        GoalDetails approved = change(actor, id, revision, "approve", goal -> GoalAccessPolicy.requireFinance(actor, "approve-goal"),
                goal -> goal.approve(actor.userId(), clock.instant()));
        reports.report(GoalApprovedReport.of(approved.goal(), settings.mofDivCode()));
        return approved;
    }

    @Override
    public GoalDetails publishGoal(Actor actor, GoalId id, long revision) {
        return change(actor, id, revision, "publish", goal -> GoalAccessPolicy.requireFinance(actor, "publish-goal"),
                goal -> goal.publish(actor.userId(), clock.instant()));
    }

    @Override
    public GoalDetails assignGoalReview(Actor actor, GoalId id, AgencyId agency) {
        GoalDetails details = visibleGoals.load(actor, id);
        GoalAccessPolicy.requireFinance(actor, "assign-goal-review");
        GoalReviewAssignment assignment = new GoalReviewAssignment(id, agency, actor.userId(), clock.instant());
        assignments.save(assignment);
        audit.recorded(actor, "assign_review", PerformanceGoal.AUDIT_TYPE, id.toString(),
                Map.of("reviewAgency", details.reviewAgencyIfAny().map(AgencyId::value).orElse("")), Map.of("reviewAgency", agency.value()));
        return new GoalDetails(details.goal(), details.revision(), agency);
    }

    private GoalDetails change(Actor actor, GoalId id, long revision, String action, Consumer<PerformanceGoal> authorise,
                               Consumer<PerformanceGoal> change) {
        GoalDetails details = visibleGoals.loadForChange(actor, id, revision);
        PerformanceGoal goal = details.goal();
        authorise.accept(goal);
        AuditSnapshot before = goal.auditSnapshot();
        change.accept(goal);
        long newRevision = goals.update(goal, revision);
        audit.transitioned(actor, action, before, goal);
        return new GoalDetails(goal, newRevision, details.reviewAgency());
    }
}
