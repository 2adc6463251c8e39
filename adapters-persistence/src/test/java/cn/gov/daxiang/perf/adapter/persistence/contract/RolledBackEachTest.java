package cn.gov.daxiang.perf.adapter.persistence.contract;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs each test of a contract suite on PostgreSQL in a transaction rolled back at its end, so that suites leave
 * nothing behind. Begun and ended here because {@code @TestTransaction} does not reach the test methods a class
 * inherits from its contract; a JPA contract test implements this beside extending its contract.
 */
interface RolledBackEachTest {

    private static UserTransaction transaction() {
        return CDI.current().select(UserTransaction.class).get();
    }

    @BeforeEach
    default void beginTransaction() throws Exception {
        transaction().begin();
    }

    @AfterEach
    default void rollBackTransaction() throws Exception {
        UserTransaction transaction = transaction();
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }
}
