package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.EvidenceFileRepository;
import cn.gov.daxiang.perf.application.port.out.contract.EvidenceFileRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The evidence file contract over the JPA adapter on PostgreSQL, each test rolled back ({@link RolledBackEachTest}). */
@QuarkusTest
class JpaEvidenceFileRepositoryContractTest extends EvidenceFileRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;
    @Inject
    EvidenceFileRepository files;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected EvidenceFileRepository files() {
        return files;
    }
}
