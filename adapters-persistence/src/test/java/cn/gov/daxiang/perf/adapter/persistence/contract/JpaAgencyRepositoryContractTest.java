package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.application.port.out.contract.AgencyRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The AgencyRepository contract over the JPA adapter on PostgreSQL (with the reference rows of the migrations). Each test is rolled back ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaAgencyRepositoryContractTest extends AgencyRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;
    @Inject
    AgencyRepository repository;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected AgencyRepository agencies() {
        return repository;
    }
}
