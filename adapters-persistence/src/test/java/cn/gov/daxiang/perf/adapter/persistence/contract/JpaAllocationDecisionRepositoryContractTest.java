package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.AllocationDecisionRepository;
import cn.gov.daxiang.perf.application.port.out.contract.AllocationDecisionRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The AllocationDecisionRepository contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaAllocationDecisionRepositoryContractTest extends AllocationDecisionRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    AllocationDecisionRepository decisions;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected AllocationDecisionRepository decisions() {
        return decisions;
    }
}
