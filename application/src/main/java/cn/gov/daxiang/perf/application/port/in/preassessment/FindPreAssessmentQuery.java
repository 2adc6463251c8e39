package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;

/** One assessment, if the actor may see it (PreAssessmentNotFoundException otherwise). */
public interface FindPreAssessmentQuery {

    PreAssessmentDetails findPreAssessment(Actor actor, PreAssessmentId id);
}
