package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.application.port.out.contract.GradingConfigurationRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The grading-configuration contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaGradingConfigurationRepositoryContractTest extends GradingConfigurationRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

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
