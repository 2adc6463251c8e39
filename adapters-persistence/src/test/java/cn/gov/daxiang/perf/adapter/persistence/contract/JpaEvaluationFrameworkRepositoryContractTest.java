package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.EvaluationFrameworkRepository;
import cn.gov.daxiang.perf.application.port.out.contract.EvaluationFrameworkRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The EvaluationFrameworkRepository contract over the JPA adapter on PostgreSQL (with the reference rows of the migrations). Each test is rolled back ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaEvaluationFrameworkRepositoryContractTest extends EvaluationFrameworkRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;
    @Inject
    EvaluationFrameworkRepository repository;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected EvaluationFrameworkRepository frameworks() {
        return repository;
    }
}
