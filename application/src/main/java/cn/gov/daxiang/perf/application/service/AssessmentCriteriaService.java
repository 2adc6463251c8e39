package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.preassessment.PublishAssessmentCriteriaUseCase;
import cn.gov.daxiang.perf.application.port.out.AssessmentCriteriaRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentAccessPolicy;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Finance administration publishes the assessment criteria as data; assessments drafted later copy the new version. */
@ApplicationScoped
@Transactional
public class AssessmentCriteriaService implements PublishAssessmentCriteriaUseCase {

    private final AssessmentCriteriaRepository criteria;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public AssessmentCriteriaService(AssessmentCriteriaRepository criteria, ChangePipeline pipeline, Clock clock) {
        this.criteria = criteria;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public AssessmentCriteriaSet publishAssessmentCriteria(Actor actor, int expectedVersion, List<AssessmentCriterion> given) {
        PreAssessmentAccessPolicy.requireCriteriaPublisher(actor, "publish-assessment-criteria");
        AssessmentCriteriaSet current = criteria.findCurrent().orElseGet(AssessmentCriteriaSet::standard);
        if (current.getVersion() != expectedVersion) {
            throw new StaleRevisionException(AssessmentCriteriaSet.AUDIT_TYPE, "current", expectedVersion, current.getVersion());
        }
        AssessmentCriteriaSet next = AssessmentCriteriaSet.publish(current, given, ActorId.of(actor.userId()), clock.instant());
        pipeline.create(actor, next, set -> {
            criteria.add(set);
            return set.getVersion();
        });
        return next;
    }
}
