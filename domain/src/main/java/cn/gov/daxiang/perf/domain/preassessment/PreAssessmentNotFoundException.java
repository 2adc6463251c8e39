package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No assessment with this id, or one the caller may not see. */
public class PreAssessmentNotFoundException extends NotFoundException {

    public PreAssessmentNotFoundException(PreAssessmentId id) {
        super("PRE_ASSESSMENT_NOT_FOUND", Map.of("id", id.toString()));
    }
}
