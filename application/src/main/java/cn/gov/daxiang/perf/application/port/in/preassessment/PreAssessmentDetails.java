package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;

/** An assessment as stored, with its revision (the ETag). */
public record PreAssessmentDetails(PreAssessment assessment, long revision) {
}
