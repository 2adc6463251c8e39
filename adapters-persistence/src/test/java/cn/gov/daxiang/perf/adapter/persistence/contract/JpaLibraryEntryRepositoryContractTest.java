package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.LibraryEntryRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.contract.LibraryEntryRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The LibraryEntry contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaLibraryEntryRepositoryContractTest extends LibraryEntryRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    LibraryEntryRepository entries;

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
    protected LibraryEntryRepository entries() {
        return entries;
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
