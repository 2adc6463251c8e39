package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.domain.shared.ConcurrentChangeException;
import cn.gov.daxiang.perf.domain.shared.ConcurrentChangeException.Collision;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import org.hibernate.HibernateException;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a failure of the database means for the caller, in the domain's terms. Adapters flush and translate what they
 * expect; this names the rest, wherever it surfaced (a flush, a query, the commit), by the SQLSTATE the standard
 * gives it (PostgreSQL and H2 agree on these) or by Hibernate's optimistic-lock failure.
 */
public final class PersistenceFailures {

    /** Deadlock or serialisation failure (40001, PostgreSQL's 40P01), lock not available (55P03), H2's lock timeout (HYT00) and concurrent update (90131). */
    private static final Set<String> CONTENTION = Set.of("40001", "40P01", "55P03", "HYT00", "90131");
    private static final String UNIQUE_VIOLATION = "23505";
    /** A referenced row deleted, or a referencing row added, by a transaction that committed first. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** 22001 string too long, 22003 numeric value out of range: a value the domain let through but no column holds. */
    private static final Set<String> UNSTORABLE_VALUE = Set.of("22001", "22003");

    private PersistenceFailures() {
    }

    /**
     * The domain's refusal this failure amounts to, or empty when it is the server's own fault (a 500). Only failures
     * of the database or the transaction are read; an exception an adapter chose to throw (with a database failure as
     * its cause, say) already says what it means and is left alone.
     */
    public static Optional<DomainException> translate(Throwable failure) {
        Throwable thrown = failure instanceof ArcUndeclaredThrowableException && failure.getCause() != null ? failure.getCause() : failure;
        if (thrown instanceof DomainException domain) {
            return Optional.of(domain);
        }
        if (!isDatabaseFailure(thrown)) {
            return Optional.empty();
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return Optional.of(domain);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Optional.of(new ConcurrentChangeException(Collision.REVISION));
            }
        }
        return sqlState(thrown).flatMap(PersistenceFailures::bySqlState);
    }

    /** What JPA, Hibernate, JDBC or the transaction manager throw (Narayana reports a failed commit as RollbackException). */
    private static boolean isDatabaseFailure(Throwable t) {
        return t instanceof PersistenceException || t instanceof HibernateException || t instanceof SQLException
                || t instanceof RollbackException || t instanceof HeuristicRollbackException || t instanceof HeuristicMixedException;
    }

    private static Optional<DomainException> bySqlState(String state) {
        if (CONTENTION.contains(state)) {
            return Optional.of(new ConcurrentChangeException(Collision.CONTENTION));
        }
        if (UNIQUE_VIOLATION.equals(state) || FOREIGN_KEY_VIOLATION.equals(state)) {
            return Optional.of(new ConcurrentChangeException(Collision.KEY));
        }
        if (UNSTORABLE_VALUE.contains(state)) {
            return Optional.of(new InvalidValueException("VALUE_NOT_STORABLE", Map.of()));
        }
        return Optional.empty();
    }

    /** The SQLSTATE of the innermost database error in the chain. */
    static Optional<String> sqlState(Throwable failure) {
        String state = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCException jdbc && jdbc.getSQLState() != null) {
                state = jdbc.getSQLState();
            } else if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        return Optional.ofNullable(state);
    }
}
