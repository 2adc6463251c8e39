package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.contract.PreAssessmentRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The PreAssessment contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaPreAssessmentRepositoryContractTest extends PreAssessmentRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    PreAssessmentRepository assessments;

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
    protected PreAssessmentRepository assessments() {
        return assessments;
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
