package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.AssessmentCriteriaRepository;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Published criteria versions in memory; the highest is in force. */
public class InMemoryAssessmentCriteriaRepository implements AssessmentCriteriaRepository {

    private final TreeMap<Integer, AssessmentCriteriaSet> versions = new TreeMap<>();

    @Override
    public Optional<AssessmentCriteriaSet> findCurrent() {
        return Optional.ofNullable(versions.lastEntry()).map(Map.Entry::getValue).map(Copies::of);
    }

    @Override
    public void add(AssessmentCriteriaSet criteria) {
        if (versions.containsKey(criteria.getVersion())) {
            throw new AlreadyExistsException("ASSESSMENT_CRITERIA_VERSION_TAKEN", Map.of("version", criteria.getVersion()));
        }
        versions.put(criteria.getVersion(), Copies.of(criteria));
    }
}
