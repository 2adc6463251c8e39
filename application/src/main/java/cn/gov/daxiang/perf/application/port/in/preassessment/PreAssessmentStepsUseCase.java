package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;

/**
 * The steps of an assessment without content of their own: the unit submits it; finance takes it up (commissioning
 * an agency, or null to assess itself) or returns it with its reasons.
 */
public interface PreAssessmentStepsUseCase {

    PreAssessmentDetails submitPreAssessment(Actor actor, PreAssessmentId id, long revision);

    PreAssessmentDetails takeUpPreAssessment(Actor actor, PreAssessmentId id, long revision, AgencyId agency);

    PreAssessmentDetails returnPreAssessment(Actor actor, PreAssessmentId id, long revision, String reason);
}
