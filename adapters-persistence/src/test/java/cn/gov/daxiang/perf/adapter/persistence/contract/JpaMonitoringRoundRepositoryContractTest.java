package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.application.port.out.contract.MonitoringRoundRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The monitoring-round contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaMonitoringRoundRepositoryContractTest extends MonitoringRoundRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    MonitoringRoundRepository rounds;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected MonitoringRoundRepository rounds() {
        return rounds;
    }
}
