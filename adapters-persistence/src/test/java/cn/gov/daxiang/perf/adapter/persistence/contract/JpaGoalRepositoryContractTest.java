package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.GoalReviewAssignmentRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.contract.GoalRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The goal contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaGoalRepositoryContractTest extends GoalRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    GoalRepository goals;

    @Inject
    ProjectRepository projects;

    @Inject
    BudgetUnitRepository units;

    @Inject
    GoalReviewAssignmentRepository assignments;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
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

    @Override
    protected GoalReviewAssignmentRepository assignments() {
        return assignments;
    }
}
