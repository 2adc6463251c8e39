package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;

/** The assessment criteria in force (district-wide reference data: every authenticated user reads them). */
public interface AssessmentCriteriaQuery {

    AssessmentCriteriaSet currentAssessmentCriteria(Actor actor);
}
