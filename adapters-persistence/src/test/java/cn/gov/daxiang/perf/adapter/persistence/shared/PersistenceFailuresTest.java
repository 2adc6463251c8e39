package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.domain.shared.ConcurrentChangeException;
import cn.gov.daxiang.perf.domain.shared.ConcurrentChangeException.Collision;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PersistenceFailuresTest {

    /** How Narayana reports a failure of the flush at commit: a RollbackException caused by Hibernate's exception. */
    private static RollbackException atCommit(Throwable cause) {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.initCause(cause);
        return commit;
    }

    private static Optional<Collision> collision(Throwable failure) {
        return PersistenceFailures.translate(failure).map(e -> ((ConcurrentChangeException) e).collision());
    }

    @Test
    void anOptimisticLockFailureAtFlushOrAtCommitIsAConcurrentRevisionChange() {
        assertThat(collision(new OptimisticLockException("row was updated"))).contains(Collision.REVISION);
        assertThat(collision(atCommit(new OptimisticLockException(new StaleObjectStateException("Goal", 7L))))).contains(Collision.REVISION);
        assertThat(collision(atCommit(new StaleObjectStateException("Goal", 7L)))).contains(Collision.REVISION);
    }

    @ParameterizedTest(name = "SQLSTATE {0} is {1}")
    @CsvSource({"23505, KEY", "23503, KEY", "40001, CONTENTION", "40P01, CONTENTION", "55P03, CONTENTION",
            "HYT00, CONTENTION", "90131, CONTENTION"})
    void databaseConflictsBetweenTransactionsAreConcurrentChanges(String sqlState, Collision expected) {
        SQLException sql = new SQLException("conflict", sqlState);
        assertThat(collision(atCommit(new PersistenceException(new ConstraintViolationException("conflict", sql, "uk")))))
                .contains(expected);
        assertThat(collision(new PersistenceException(new LockAcquisitionException("conflict", sql)))).contains(expected);
    }

    @ParameterizedTest(name = "SQLSTATE {0} is a value no column holds")
    @CsvSource({"22001", "22003"})
    void aValueNoColumnHoldsIsAnInvalidValueNotAServerError(String sqlState) {
        assertThat(PersistenceFailures.translate(new PersistenceException(new SQLException("too big", sqlState))))
                .get().isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("VALUE_NOT_STORABLE"));
    }

    @Test
    void whatIsTheServersOwnFaultStaysUntranslated() {
        assertThat(PersistenceFailures.translate(new PersistenceException(new SQLException("syntax error", "42601")))).isEmpty();
        assertThat(PersistenceFailures.translate(new PersistenceException(new SQLException("connection refused", "08001")))).isEmpty();
        assertThat(PersistenceFailures.translate(new IllegalStateException("a bug"))).isEmpty();
    }

    @Test
    void anExceptionAnAdapterChoseToThrowIsLeftAloneEvenWithADatabaseCause() {
        RuntimeException adapters = new IllegalStateException("key taken", new PersistenceException(new SQLException("unique", "23505")));
        assertThat(PersistenceFailures.translate(adapters)).isEmpty();
    }

    @Test
    void aDomainRefusalInTheChainIsKeptAsItIs() {
        DomainException stale = new StaleRevisionException("goal", "g-1", 3, 4);
        assertThat(PersistenceFailures.translate(atCommit(stale))).containsSame(stale);
    }

    @Test
    void theInnermostSqlStateNamesTheFailure() {
        SQLException inner = new SQLException("unique", "23505");
        SQLException outer = new SQLException("batch failed", "HY000", inner);
        assertThat(PersistenceFailures.sqlState(new PersistenceException(outer))).contains("23505");
    }
}
