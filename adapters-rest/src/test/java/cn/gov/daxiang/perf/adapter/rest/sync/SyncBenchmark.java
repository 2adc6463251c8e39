package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import cn.gov.daxiang.perf.application.port.in.budgetunit.ListBudgetUnitsQuery;
import cn.gov.daxiang.perf.application.port.in.project.ListProjectsQuery;
import cn.gov.daxiang.perf.adapter.rest.benchmark.BulkCounters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

/**
 * A benchmark, not a test (surefire does not pick it up by name): a first sync of 10,000 projects from the
 * simulator over HTTP, 100 per page, into PostgreSQL, then an unchanged incremental re-sync and an unchanged full
 * re-sync. Targets: first sync ≤ 5 s, unchanged re-sync ≤ 5 s. It prints its figures and asserts nothing.
 *
 * <pre>
 * ./mvnw -q verify -pl adapters-rest -am -DskipITs -Dtest=SyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dperf.test.db.url=jdbc:postgresql://127.0.0.1:5432/perf_test
 * </pre>
 */
@QuarkusTest
class SyncBenchmark {

    private static final int PROJECTS = Integer.getInteger("benchmark.projects", 10_000);
    private static final double FIRST_SYNC_TARGET_SECONDS = 5;

    @Inject
    DataSource dataSource;
    @Inject
    ListBudgetUnitsQuery units;
    @Inject
    ListProjectsQuery projects;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void firstSyncOfTenThousandProjectsAndUnchangedResyncs() {
        SyncFixture.clean(dataSource);
        ProvincialPlatformSimulator simulator = SyncFixture.simulator();
        simulator.seedSampleDistrict();
        simulator.generateProjects(PROJECTS, 2025, 100_000L);
        try {
            BulkCounters counters = BulkCounters.start(sessionFactory);
            long t0 = System.nanoTime();
            JsonPath first = SyncFixture.syncOnce(null, 600);
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            String firstCounts = counters.perThousand(first.getLong("pulled"));

            long t1 = System.nanoTime();
            JsonPath incremental = SyncFixture.syncOnce(null, 600);
            double incrementalSeconds = (System.nanoTime() - t1) / 1e9;

            long t2 = System.nanoTime();
            JsonPath full = SyncFixture.syncOnce("FULL", 600);
            double fullSeconds = (System.nanoTime() - t2) / 1e9;

            SyncFixture.assertLocalEqualsProvince(units, projects);
            System.out.printf("[benchmark] first sync: %d projects (+%d units, %d execution records) in %d pages: %.2f s (target <= 5 s), "
                            + "%.0f records/s%n", simulator.current("projects").size(), simulator.current("agencies").size(),
                    simulator.current("executions").size(), first.getLong("progress.pagesDone"), firstSeconds,
                    first.getLong("pulled") / firstSeconds);
            System.out.printf("[benchmark] first sync against its target (<= %.0f s): %.2f of it (pulled %d, upserted %d)%n",
                    FIRST_SYNC_TARGET_SECONDS, firstSeconds / FIRST_SYNC_TARGET_SECONDS, first.getLong("pulled"), first.getLong("upserted"));
            System.out.println("[benchmark] first sync counts (simulator included): " + firstCounts);
            System.out.printf("[benchmark] unchanged incremental re-sync: pulled %d, upserted %d: %.2f s (target <= 5 s)%n",
                    incremental.getLong("pulled"), incremental.getLong("upserted"), incrementalSeconds);
            System.out.printf("[benchmark] unchanged FULL re-sync (every page read and compared again): pulled %d, upserted %d, %d pages: "
                    + "%.2f s (target <= 5 s)%n", full.getLong("pulled"), full.getLong("upserted"), full.getLong("progress.pagesDone"), fullSeconds);
        } finally {
            SyncFixture.clean(dataSource);
        }
    }
}
