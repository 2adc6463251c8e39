package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.budgetunit.ListBudgetUnitsQuery;
import cn.gov.daxiang.perf.application.port.in.project.ListProjectsQuery;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Runs against the simulator over real HTTP: the first sync, incremental re-syncs, history, progress, one run at a time. */
@QuarkusTest
@QuarkusTestResource(SimulatorPortResource.class)
class SyncRunsTest {

    @Inject
    DataSource dataSource;
    @Inject
    ListBudgetUnitsQuery units;
    @Inject
    ListProjectsQuery projects;

    private final ProvincialPlatformSimulator simulator = SyncFixture.simulator();

    @BeforeEach
    void clean() {
        SyncFixture.clean(dataSource);
    }

    @AfterAll
    static void leaveClean() {
        SyncFixture.cleanAfterAll();
    }

    @Test
    void theFirstSyncTakesOverTheSampleDistrictAndTheLocalDataEqualsTheProvince() {
        simulator.seedSampleDistrict();

        JsonPath run = SyncFixture.syncOnce(null, 60);

        assertThat(run.getLong("pulled")).isEqualTo(25 + 69 + 38);
        assertThat(run.getLong("upserted")).isEqualTo(25 + 69 + 38);
        assertThat(run.getLong("conflicts")).isZero();
        assertThat(run.getLong("pushed")).as("the receipt").isEqualTo(1);
        assertThat(run.getString("finishedAt")).isNotNull();
        assertThat(run.getLong("progress.pagesDone")).isEqualTo(run.getLong("progress.pagesKnown")).isEqualTo(3);
        SyncFixture.assertLocalEqualsProvince(units, projects);
        SyncFixture.assertEveryReportReceivedExactlyOnce(SyncFixture.outboxKeys("SENT"));
        assertThat(simulator.acceptedReports().values()).singleElement()
                .satisfies(r -> assertThat(r.path("payload").path("pulled").asLong()).isEqualTo(132));
    }

    @Test
    void anUnchangedResyncTakesOverNothingAndReportsNothing() {
        simulator.seedSampleDistrict();
        SyncFixture.syncOnce(null, 60);

        JsonPath again = SyncFixture.syncOnce(null, 30);

        assertThat(again.getLong("pulled")).isZero();
        assertThat(again.getLong("upserted")).isZero();
        assertThat(again.getLong("pushed")).isZero();
        JsonPath full = SyncFixture.syncOnce("FULL", 30);
        assertThat(full.getLong("pulled")).as("a full re-sync reads everything again").isEqualTo(132);
        assertThat(full.getLong("upserted")).as("and changes nothing").isZero();
        SyncFixture.assertLocalEqualsProvince(units, projects);
    }

    @Test
    void aChangeUpstreamIsTakenOverIncrementallyWithOneAuditEvent() {
        simulator.seedSampleDistrict();
        SyncFixture.syncOnce(null, 60);
        simulator.putProject("43050324T000000000001", "2024年度城镇老旧小区改造项目（调整）", "108002", 2024, "SPECIFIC_PURPOSE",
                List.of("SPECIAL_BOND"), "36600000.00", "4200000.00", "1800000.00");

        AuditTrailProbe.expectOneEvent("project", "43050324T000000000001", "update", () -> {
            JsonPath run = SyncFixture.syncOnce(null, 30);
            assertThat(run.getLong("pulled")).isEqualTo(1);
            assertThat(run.getLong("upserted")).isEqualTo(1);
        });
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/projects/43050324T000000000001")
                .then().statusCode(200).body("name", equalTo("2024年度城镇老旧小区改造项目（调整）"));
        SyncFixture.assertLocalEqualsProvince(units, projects);
    }

    @Test
    void aRunShowsItsProgressWhileItRunsAndTheHistoryListsItNewestFirst() {
        simulator.seedSampleDistrict();
        simulator.generateProjects(1500, 2025, 100_000L);
        simulator.faults().delayRate = 1.0;
        simulator.faults().delayMillis = 60;

        String runId = SyncFixture.startRun(null);
        AtomicBoolean sawPartialProgress = new AtomicBoolean();
        JsonPath run = SyncFixture.awaiting("run " + runId + " finished, its progress watched", Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(30)).until(() -> SyncFixture.run(runId), seen -> {
                    if (!"RUNNING".equals(seen.getString("state.code"))) {
                        return true;
                    }
                    long done = seen.getLong("progress.pagesDone");
                    long known = seen.getLong("progress.pagesKnown");
                    assertThat(done).isLessThanOrEqualTo(known);
                    sawPartialProgress.compareAndSet(false, done > 0 && done < known);
                    return false;
                });
        assertThat(run.getString("state.code")).isEqualTo("SUCCEEDED");
        assertThat(sawPartialProgress).as("pages done of pages known seen while running").isTrue();
        assertThat(run.getLong("progress.pagesDone")).isEqualTo(1 + 16 + 1);

        String second = SyncFixture.syncOnce(null, 30).getString("id");
        given().auth().oauth2(TestTokens.sync()).queryParam("size", 1).when().get("/api/v1/sync/runs")
                .then().statusCode(200).body("total", equalTo(2)).body("items[0].id", equalTo(second));
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("state", "SUCCEEDED").when().get("/api/v1/sync/runs")
                .then().statusCode(200).body("total", equalTo(2));
        // A coded filter takes the label too; states, modes and triggers answer as {code, label}.
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("state", "成功").when().get("/api/v1/sync/runs")
                .then().statusCode(200).body("total", equalTo(2)).body("items[0].state.label", equalTo("成功"))
                .body("items[0].mode.code", equalTo("INCREMENTAL"));
    }

    @Test
    void twoTriggersAtOnceMakeOneRunNotTwo() throws Exception {
        simulator.seedSampleDistrict();
        simulator.faults().delayRate = 1.0;
        simulator.faults().delayMillis = 200;
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Response> trigger = () -> {
            together.await();
            return given().auth().oauth2(TestTokens.sync()).contentType("application/json").body("{}").when().post("/api/v1/sync/runs");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> futures = List.of(pool.submit(trigger), pool.submit(trigger));
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(202, 409);
        Response refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("SYNC_RUN_IN_PROGRESS");
        SyncFixture.awaitNoRunRunning();
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/sync/runs").then().body("total", equalTo(1));
    }

    @Test
    void onlyFinanceAdministrationAndTheSyncMayOperateIt() {
        for (String token : List.of(TestTokens.auditor(), TestTokens.financeReviewer(), TestTokens.unitOperator("108002"),
                TestTokens.deptReviewer("108001"), TestTokens.evaluator("ZHENRUI"))) {
            given().auth().oauth2(token).when().get("/api/v1/sync/runs").then().statusCode(403).body("code", equalTo("ACCESS_DENIED"));
            given().auth().oauth2(token).contentType("application/json").body("{}").when().post("/api/v1/sync/runs").then().statusCode(403);
        }
        given().when().get("/api/v1/sync/runs").then().statusCode(401);
    }

    @Test
    void badRequestsAreClearProblemsAndStartNothing() {
        given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json").body("{\"mode\":\"EVERYTHING\"}")
                .when().post("/api/v1/sync/runs").then().statusCode(400).body("code", equalTo("SYNC_MODE_UNKNOWN"))
                .body("violations[0].field", equalTo("mode"));
        given().auth().oauth2(TestTokens.financeAdmin()).header("Accept-Language", "en").when().get("/api/v1/sync/runs/not-a-uuid")
                .then().statusCode(400).body("code", equalTo("SYNC_ID_MALFORMED")).body("title", equalTo("Malformed id"));
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/sync/runs/7d0c7a4e-0000-4000-8000-000000000000")
                .then().statusCode(404).body("code", equalTo("SYNC_RUN_NOT_FOUND"));
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("state", "DONE").when().get("/api/v1/sync/runs")
                .then().statusCode(400).body("code", equalTo("SYNC_RUN_STATE_UNKNOWN"));
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/sync/runs").then().body("total", equalTo(0));
    }
}
