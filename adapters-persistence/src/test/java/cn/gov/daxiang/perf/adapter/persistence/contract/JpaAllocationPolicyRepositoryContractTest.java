package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.AllocationPolicyRepository;
import cn.gov.daxiang.perf.application.port.out.contract.AllocationPolicyRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The AllocationPolicyRepository contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaAllocationPolicyRepositoryContractTest extends AllocationPolicyRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    AllocationPolicyRepository policies;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected AllocationPolicyRepository policies() {
        return policies;
    }

    @org.junit.jupiter.api.Test
    void flywaySeedsTheDistrictDefaultAsVersionOne() {
        cn.gov.daxiang.perf.domain.allocation.AllocationPolicy seeded = policies.findByVersion(1).orElseThrow();
        cn.gov.daxiang.perf.domain.allocation.AllocationPolicy standard = cn.gov.daxiang.perf.domain.allocation.AllocationPolicy.standard();
        org.assertj.core.api.Assertions.assertThat(seeded.getRules()).isEqualTo(standard.getRules());
        org.assertj.core.api.Assertions.assertThat(seeded.getPrecedence()).isEqualTo(standard.getPrecedence());
        org.assertj.core.api.Assertions.assertThat(seeded.getPublishedBy()).isEmpty();
    }
}
