package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.AllocationPolicyRepository;
import cn.gov.daxiang.perf.application.port.out.contract.AllocationPolicyRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The AllocationPolicyRepository contract over the JPA adapter on PostgreSQL. Each test runs in a transaction rolled back at its end, begun and ended here:
 * {@code @TestTransaction} does not reach the test methods inherited from the contract.
 */
@QuarkusTest
class JpaAllocationPolicyRepositoryContractTest extends AllocationPolicyRepositoryContract {

    @Inject
    EntityManager em;
    @Inject
    UserTransaction transaction;

    @Inject
    AllocationPolicyRepository policies;

    @BeforeEach
    void begin() throws Exception {
        transaction.begin();
    }

    @AfterEach
    void rollBack() throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }

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
