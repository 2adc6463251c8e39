package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.application.port.out.contract.GradingConfigurationRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The grading-configuration contract over the JPA adapter on PostgreSQL. Each test runs in a transaction rolled back at its end, begun and ended here:
 * {@code @TestTransaction} does not reach the test methods inherited from the contract.
 */
@QuarkusTest
class JpaGradingConfigurationRepositoryContractTest extends GradingConfigurationRepositoryContract {

    @Inject
    EntityManager em;
    @Inject
    UserTransaction transaction;

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

    @Inject
    GradingConfigurationRepository configuration;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected GradingConfigurationRepository configuration() {
        return configuration;
    }
}
