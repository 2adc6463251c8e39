package cn.gov.daxiang.perf.adapter.persistence;

import org.awaitility.Awaitility;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * For the tests of concurrent transactions: instead of holding a lock "a while" and hoping the others have queued up
 * behind it, the holder waits until PostgreSQL shows them waiting on a lock.
 */
public final class LockWaits {

    private LockWaits() {
    }

    /** Waits (at most 10 s) until at least {@code sessions} sessions of this database wait on a lock. */
    public static void awaitSessionsWaitingOnALock(DataSource dataSource, int sessions) {
        Awaitility.await(sessions + " session(s) waiting on a lock").atMost(Duration.ofSeconds(10)).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> sessionsWaitingOnALock(dataSource) >= sessions);
    }

    /**
     * As {@link #awaitSessionsWaitingOnALock}, for a waiter that gives up by itself (a claim waits at most
     * {@code perf.idempotency.in-flight-wait}): on a loaded machine its whole wait can pass between two looks at
     * pg_stat_activity, so its being done counts too.
     */
    public static void awaitSessionsWaitingOnALockOrDone(DataSource dataSource, int sessions, java.util.concurrent.Future<?> waiter) {
        Awaitility.await(sessions + " session(s) waiting on a lock, or the waiter done").atMost(Duration.ofSeconds(10))
                .pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> waiter.isDone() || sessionsWaitingOnALock(dataSource) >= sessions);
    }

    /** Asked on a connection of its own in autocommit, so that each answer is a fresh view of pg_stat_activity. */
    private static int sessionsWaitingOnALock(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet waiting = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                     + "AND wait_event_type = 'Lock'")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }
}
