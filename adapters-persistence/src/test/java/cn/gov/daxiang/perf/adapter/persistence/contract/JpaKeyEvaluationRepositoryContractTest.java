package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.application.port.out.contract.KeyEvaluationRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The KeyEvaluationRepository contract over the JPA adapter on PostgreSQL (with the reference rows of the migrations). Each test is rolled back ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaKeyEvaluationRepositoryContractTest extends KeyEvaluationRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;
    @Inject
    KeyEvaluationRepository repository;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected KeyEvaluationRepository evaluations() {
        return repository;
    }
}
