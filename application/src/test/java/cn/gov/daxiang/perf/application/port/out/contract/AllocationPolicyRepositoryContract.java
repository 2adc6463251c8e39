package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.AllocationPolicyRepository;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.AllocationRule;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link AllocationPolicyRepository} does: versions kept with their rules and precedence; the highest is in force; a version is published once. */
public abstract class AllocationPolicyRepositoryContract {

    protected abstract AllocationPolicyRepository policies();

    protected void stored() {
    }

    private static final List<AllocationRule> RANGES = List.of(
            AllocationRule.ofRange(EvaluationType.KEY_EVALUATION, "0", "60", Treatment.CANCEL, "-100"),
            AllocationRule.ofRange(EvaluationType.KEY_EVALUATION, "60", "80", Treatment.REDUCE_OR_MERGE, "-12.5"),
            AllocationRule.ofRange(EvaluationType.KEY_EVALUATION, "80", "90", Treatment.PRIORITY, "0"),
            AllocationRule.ofRange(EvaluationType.KEY_EVALUATION, "90", "100", Treatment.KEY_SUPPORT, "5"));

    @Test
    void publishedVersionsKeepTheirRulesAndPrecedenceAndTheHighestIsInForce() {
        AllocationPolicy current = policies().findCurrent().orElseGet(AllocationPolicy::standard);
        AllocationPolicy ranged = AllocationPolicy.publish(current, List.of(EvaluationType.KEY_EVALUATION), RANGES, ActorId.of("admin"),
                Instant.parse("2026-01-01T00:00:00Z"));
        policies().add(ranged);
        AllocationPolicy selfFirst = AllocationPolicy.publish(ranged, List.of(EvaluationType.SELF_EVALUATION, EvaluationType.KEY_EVALUATION),
                AllocationPolicy.standardRules(), ActorId.of("admin"), Instant.parse("2026-01-02T00:00:00Z"));
        policies().add(selfFirst);
        stored();

        AllocationPolicy inForce = policies().findCurrent().orElseThrow();
        assertThat(inForce.getVersion()).isEqualTo(current.getVersion() + 2);
        assertThat(inForce.getPrecedence()).containsExactly(EvaluationType.SELF_EVALUATION, EvaluationType.KEY_EVALUATION);
        assertThat(inForce.getRules()).isEqualTo(selfFirst.getRules());
        assertThat(inForce.getPublishedBy()).contains(ActorId.of("admin"));
        assertThat(inForce.getPublishedAt()).contains(Instant.parse("2026-01-02T00:00:00Z"));
        AllocationPolicy older = policies().findByVersion(current.getVersion() + 1).orElseThrow();
        assertThat(older.getRules()).isEqualTo(ranged.getRules());
        assertThat(older.getPrecedence()).containsExactly(EvaluationType.KEY_EVALUATION);
        assertThat(policies().findAll()).extracting(AllocationPolicy::getVersion).endsWith(current.getVersion() + 1, current.getVersion() + 2);
        assertThat(policies().findByVersion(current.getVersion() + 3)).isEmpty();
    }

    @Test
    void aVersionIsPublishedOnce() {
        AllocationPolicy current = policies().findCurrent().orElseGet(AllocationPolicy::standard);
        policies().add(AllocationPolicy.publish(current, current.getPrecedence(), AllocationPolicy.standardRules(), ActorId.of("admin"), ContractFixtures.T));
        assertThatThrownBy(() -> {
            policies().add(AllocationPolicy.publish(current, current.getPrecedence(), AllocationPolicy.standardRules(), ActorId.of("other"), ContractFixtures.T));
            stored();
        }).isInstanceOf(AlreadyExistsException.class).hasMessageContaining("ALLOCATION_POLICY_VERSION_TAKEN");
    }
}
