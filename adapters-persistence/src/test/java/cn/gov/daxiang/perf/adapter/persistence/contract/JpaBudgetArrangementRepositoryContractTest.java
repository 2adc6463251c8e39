package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetArrangementRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.contract.BudgetArrangementRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The BudgetArrangement contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaBudgetArrangementRepositoryContractTest extends BudgetArrangementRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    BudgetArrangementRepository arrangements;

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
    protected BudgetArrangementRepository arrangements() {
        return arrangements;
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
