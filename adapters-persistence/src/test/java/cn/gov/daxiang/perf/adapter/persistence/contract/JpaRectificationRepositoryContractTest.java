package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.RectificationRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.contract.RectificationRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The Rectification contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaRectificationRepositoryContractTest extends RectificationRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    RectificationRepository rectifications;

    @Inject
    ProjectRepository projects;

    @Inject
    BudgetUnitRepository units;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected RectificationRepository rectifications() {
        return rectifications;
    }

    @Override
    protected ProjectRepository projects() {
        return projects;
    }

    @Override
    protected BudgetUnitRepository units() {
        return units;
    }
}
