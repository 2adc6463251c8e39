package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.AllocationDecisionRepository;
import cn.gov.daxiang.perf.application.port.out.contract.AllocationDecisionRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The AllocationDecisionRepository contract over the JPA adapter on PostgreSQL. Each test runs in a transaction rolled back at its end, begun and ended here:
 * {@code @TestTransaction} does not reach the test methods inherited from the contract.
 */
@QuarkusTest
class JpaAllocationDecisionRepositoryContractTest extends AllocationDecisionRepositoryContract {

    @Inject
    EntityManager em;
    @Inject
    UserTransaction transaction;

    @Inject
    AllocationDecisionRepository decisions;

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
    protected AllocationDecisionRepository decisions() {
        return decisions;
    }
}
