package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.EvidenceFileRepository;
import cn.gov.daxiang.perf.application.port.out.contract.EvidenceFileRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The evidence file contract over the JPA adapter on PostgreSQL, each test in a transaction rolled back at its end. */
@QuarkusTest
class JpaEvidenceFileRepositoryContractTest extends EvidenceFileRepositoryContract {

    @Inject
    EntityManager em;
    @Inject
    UserTransaction transaction;
    @Inject
    EvidenceFileRepository files;

    @BeforeEach
    void begin() throws Exception {
        transaction.begin();
    }

    @AfterEach
    void rollBack() throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }

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
