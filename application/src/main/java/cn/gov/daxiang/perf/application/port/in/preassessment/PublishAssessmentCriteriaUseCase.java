package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion;

import java.util.List;

/** Finance administration publishes the next version of the criteria, made from {@code expectedVersion} (stale otherwise). */
public interface PublishAssessmentCriteriaUseCase {

    AssessmentCriteriaSet publishAssessmentCriteria(Actor actor, int expectedVersion, List<AssessmentCriterion> criteria);
}
