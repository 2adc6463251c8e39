package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.AssessmentCriteriaRepository;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link AssessmentCriteriaRepository} does: the highest published version is in force; a version is published once. */
public abstract class AssessmentCriteriaRepositoryContract {

    protected abstract AssessmentCriteriaRepository criteria();

    protected void stored() {
    }

    @Test
    void theLatestPublishedVersionIsInForceWithItsCriteriaInOrder() {
        AssessmentCriteriaSet current = criteria().findCurrent().orElseGet(AssessmentCriteriaSet::standard);
        List<AssessmentCriterion> weighted = List.of(AssessmentCriterion.of("NECESSITY", "立项必要性", 30),
                AssessmentCriterion.of("ECONOMY", "投入经济性", 25), AssessmentCriterion.of("GOALS", "绩效目标合理性", 15),
                AssessmentCriterion.of("FEASIBILITY", "实施方案可行性", 15), AssessmentCriterion.of("FUNDING", "筹资合规性", 15));
        AssessmentCriteriaSet next = AssessmentCriteriaSet.publish(current, weighted, ActorId.of("admin"), Instant.parse("2026-01-01T00:00:00Z"));
        criteria().add(next);
        AssessmentCriteriaSet after = AssessmentCriteriaSet.publish(next, AssessmentCriteriaSet.standardCriteria(), ActorId.of("admin"),
                Instant.parse("2026-01-02T00:00:00Z"));
        criteria().add(after);
        stored();

        AssessmentCriteriaSet inForce = criteria().findCurrent().orElseThrow();
        assertThat(inForce.getVersion()).isEqualTo(current.getVersion() + 2);
        assertThat(inForce.getCriteria()).isEqualTo(AssessmentCriteriaSet.standardCriteria());
        assertThat(inForce.getPublishedBy()).contains(ActorId.of("admin"));
        assertThat(inForce.getPublishedAt()).contains(Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void aVersionIsPublishedOnce() {
        AssessmentCriteriaSet current = criteria().findCurrent().orElseGet(AssessmentCriteriaSet::standard);
        criteria().add(AssessmentCriteriaSet.publish(current, AssessmentCriteriaSet.standardCriteria(), ActorId.of("admin"), ContractFixtures.T));
        assertThatThrownBy(() -> {
            criteria().add(AssessmentCriteriaSet.publish(current, AssessmentCriteriaSet.standardCriteria(), ActorId.of("other"), ContractFixtures.T));
            stored();
        }).isInstanceOf(AlreadyExistsException.class).hasMessageContaining("ASSESSMENT_CRITERIA_VERSION_TAKEN");
    }
}
