package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.AssessmentCriteriaRepository;
import cn.gov.daxiang.perf.application.port.out.contract.AssessmentCriteriaRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The AssessmentCriteria contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaAssessmentCriteriaRepositoryContractTest extends AssessmentCriteriaRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    AssessmentCriteriaRepository criteria;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected AssessmentCriteriaRepository criteria() {
        return criteria;
    }
}
