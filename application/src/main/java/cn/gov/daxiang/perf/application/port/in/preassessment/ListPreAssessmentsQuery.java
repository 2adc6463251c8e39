package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The assessments the actor may see (its units', or its agency's commissions), newest first. */
public interface ListPreAssessmentsQuery {

    Page<PreAssessmentDetails> listPreAssessments(Actor actor, PreAssessmentCriteria criteria, Paging paging);
}
