package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.selfevaluation.ReviewSelfEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCompletedReport;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Locale;

/**
 * The supervising department's and finance's review of self-evaluations, with returns (退回) to the unit. Finance's
 * approval completes the evaluation and reports its result to the province in the same transaction.
 */
@ApplicationScoped
@Transactional
public class SelfEvaluationReviewService implements ReviewSelfEvaluationUseCase {

    private final SelfEvaluationRepository evaluations;
    private final VisibleSelfEvaluations visibleEvaluations;
    private final Departments departments;
    private final SelfEvaluationPreviews previews;
    private final AuditTrail audit;
    private final ProvincialReports reports;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    public SelfEvaluationReviewService(SelfEvaluationRepository evaluations, VisibleSelfEvaluations visibleEvaluations,
                                       Departments departments, SelfEvaluationPreviews previews, AuditTrail audit,
                                       ProvincialReports reports, SyncSettings settings, Clock clock) {
        this.evaluations = evaluations;
        this.visibleEvaluations = visibleEvaluations;
        this.departments = departments;
        this.previews = previews;
        this.audit = audit;
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SelfEvaluationDetails reviewSelfEvaluation(Actor actor, SelfEvaluationId id, long revision, ReviewAction step, String reason) {
        SelfEvaluation evaluation = visibleEvaluations.loadForChange(actor, id, revision).evaluation();
        EvaluationAccessPolicy.requireReviewer(actor, step, evaluation.getUnitCode(), departments.departmentOf(evaluation.getUnitCode()),
                "review-self-evaluation");
        AuditSnapshot before = evaluation.auditSnapshot();
        evaluation.review(step, ActorId.of(actor.userId()), clock.instant(), reason);
        long newRevision = evaluations.update(evaluation, revision);
        audit.transitioned(actor, step.name().toLowerCase(Locale.ROOT), before, evaluation);
        if (evaluation.isCompleted()) {
            reports.report(new SelfEvaluationCompletedReport(evaluation, settings.mofDivCode()));
        }
        return previews.details(evaluation, newRevision);
    }
}
