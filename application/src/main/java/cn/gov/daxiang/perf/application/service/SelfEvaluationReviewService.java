package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ReviewSelfEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ReviewSelfEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The supervising department's and finance's review of self-evaluations, with returns (退回) to the unit. Finance's
 * approval completes the evaluation; its {@code SelfEvaluationCompleted} event reaches the province through the
 * outbox's subscriber, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class SelfEvaluationReviewService implements ReviewSelfEvaluationUseCase {

    private final VisibleSelfEvaluations visibleEvaluations;
    private final Departments departments;
    private final SelfEvaluationPreviews previews;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public SelfEvaluationReviewService(VisibleSelfEvaluations visibleEvaluations, Departments departments,
                                       SelfEvaluationPreviews previews, ChangePipeline pipeline, Clock clock) {
        this.visibleEvaluations = visibleEvaluations;
        this.departments = departments;
        this.previews = previews;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public SelfEvaluationDetails reviewSelfEvaluation(Actor actor, ReviewSelfEvaluationCommand command) {
        Saved<SelfEvaluation, Void> saved = pipeline.change(actor, visibleEvaluations.forChange(actor, command.id(), command.revision()))
                .authorisedBy(evaluation -> EvaluationAccessPolicy.requireReviewer(actor, command.step(), evaluation.getUnitCode(),
                        departments.departmentOf(evaluation.getUnitCode()), "review-self-evaluation"))
                .apply(evaluation -> evaluation.review(command.step(), ActorId.of(actor.userId()), clock.instant(), command.reason()));
        return previews.details(saved.aggregate(), saved.revision());
    }
}
