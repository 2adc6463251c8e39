package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.contract.SyncLeaseStoreContract;
import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.AfterEach;

/**
 * The lease store's contract over the conditional UPDATEs on PostgreSQL. Each test runs in a transaction rolled back
 * at its end, begun before the contract's own set-up (the store joins the caller's transaction).
 */
@QuarkusTest
class JpaSyncLeaseStoreContractTest extends SyncLeaseStoreContract {

    @Inject
    EntityManager em;
    @Inject
    UserTransaction transaction;
    @Inject
    SyncLeaseStore leases;

    @Override
    protected void begin() throws Exception {
        transaction.begin();
    }

    @AfterEach
    void rollBack() throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }

    @Override
    protected SyncLeaseStore leases() {
        em.clear(); // bulk UPDATEs bypass the persistence context: reads must see the row as the database has it
        return leases;
    }
}
