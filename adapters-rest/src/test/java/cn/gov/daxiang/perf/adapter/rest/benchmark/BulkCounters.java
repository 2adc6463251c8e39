package cn.gov.daxiang.perf.adapter.rest.benchmark;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Load-independent figures of a bulk path, taken around it: SQL statements Hibernate prepared (a JDBC batch is one),
 * entities it inserted and updated, queries, flushes and transactions, and the process's read and write system calls
 * (each database or HTTP round trip is at least one of each). Timings vary with the machine's load; these do not.
 */
public final class BulkCounters {

    private final Statistics statistics;
    private final long[] start;

    private BulkCounters(Statistics statistics) {
        this.statistics = statistics;
        this.start = sample();
    }

    /** Clears Hibernate's statistics and starts counting. */
    public static BulkCounters start(SessionFactory sessionFactory) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        return new BulkCounters(statistics);
    }

    /** One line of figures since the start, per 1,000 rows of the bulk path as well as in total. */
    public String perThousand(long rows) {
        long[] now = sample();
        String[] names = {"statements", "inserts", "updates", "queries", "flushes", "transactions", "read syscalls", "write syscalls"};
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            long delta = now[i] - start[i];
            line.append(i == 0 ? "" : ", ").append(names[i]).append(' ').append(delta)
                    .append(String.format(" (%.1f/1,000 rows)", delta * 1000.0 / rows));
        }
        return line.toString();
    }

    private long[] sample() {
        long[] io = io();
        return new long[]{statistics.getPrepareStatementCount(), statistics.getEntityInsertCount(), statistics.getEntityUpdateCount(),
                statistics.getQueryExecutionCount(), statistics.getFlushCount(), statistics.getTransactionCount(), io[0], io[1]};
    }

    private static long[] io() {
        long[] calls = new long[2];
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("syscr:")) {
                    calls[0] = Long.parseLong(line.substring(6).trim());
                } else if (line.startsWith("syscw:")) {
                    calls[1] = Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the system calls stay 0
        }
        return calls;
    }
}
