package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/**
 * The project a new assessment names does not exist or is not the caller's to see. The refusal does not repeat the
 * code it was given: the body named it, and an answer must not confirm what another unit's projects are.
 */
public class PreAssessmentProjectNotFoundException extends NotFoundException {

    public PreAssessmentProjectNotFoundException() {
        super("PRE_ASSESSMENT_PROJECT_NOT_FOUND", Map.of());
    }
}
