package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.contract.LocalWorkLookupContract;
import cn.gov.daxiang.perf.application.port.out.sync.LocalWorkLookup;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The local-work contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaLocalWorkLookupContractTest extends LocalWorkLookupContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    LocalWorkLookup localWork;

    @Inject
    GoalRepository goals;

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
    protected LocalWorkLookup localWork() {
        return localWork;
    }

    @Override
    protected GoalRepository goals() {
        return goals;
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
