package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;

import java.util.Optional;

/** The published versions of the assessment criteria; the highest is in force. */
public interface AssessmentCriteriaRepository {

    /** The version in force, or empty when none was ever published (the built-in default applies). */
    Optional<AssessmentCriteriaSet> findCurrent();

    /** @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException ASSESSMENT_CRITERIA_VERSION_TAKEN when the version exists */
    void add(AssessmentCriteriaSet criteria);
}
