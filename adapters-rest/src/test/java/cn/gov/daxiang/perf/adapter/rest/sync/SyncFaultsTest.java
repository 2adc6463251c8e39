package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import cn.gov.daxiang.perf.adapter.rest.TestClock;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.budgetunit.ListBudgetUnitsQuery;
import cn.gov.daxiang.perf.application.port.in.project.ListProjectsQuery;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The sync against a misbehaving province over real HTTP. After every scenario the local data equals the
 * province's (counts and content hash) and every report reached the province exactly once.
 */
@QuarkusTest
class SyncFaultsTest {

    @Inject
    DataSource dataSource;
    @Inject
    ListBudgetUnitsQuery units;
    @Inject
    ListProjectsQuery projects;

    /** Longer than the outbox's longest backoff in the tests (perf.sync.push.backoff-max=PT1S). */
    private static final Duration PAST_THE_LONGEST_BACKOFF = Duration.ofMillis(1_100);

    @Inject
    TestClock clock;

    private final ProvincialPlatformSimulator simulator = SyncFixture.simulator();

    @BeforeEach
    void clean() {
        SyncFixture.clean(dataSource);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @AfterAll
    static void leaveClean() {
        SyncFixture.cleanAfterAll();
    }

    private void district(int generated) {
        simulator.seedSampleDistrict();
        simulator.generateProjects(generated, 2025, 100_000L);
    }

    private static int deadLetters() {
        return given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/sync/dead-letters").then().extract().jsonPath().getInt("total");
    }

    private void assertConsistent() {
        SyncFixture.assertLocalEqualsProvince(units, projects);
        SyncFixture.assertEveryReportReceivedExactlyOnce(SyncFixture.outboxKeys("SENT"));
        assertThat(SyncFixture.outboxKeys("PENDING")).isEmpty();
    }

    @Test
    void tenPercentOf503sAreRetriedAwayAndNothingIsLostOrDoubled() {
        district(1000);
        simulator.faults().unavailableRate = 0.10;
        simulator.faults().forceUnavailable.set(1);

        JsonPath run = SyncFixture.syncOnce(null, 120);

        assertThat(run.getLong("upserted")).isEqualTo(25 + 1069 + 38);
        assertThat(simulator.faults().injected("unavailable")).as("503s answered, and the pages asked for again").isPositive();
        assertConsistent();
    }

    @Test
    void connectionResetsAreRetriedAway() {
        district(800);
        simulator.faults().resetRate = 0.15;
        simulator.faults().forceReset.set(1);

        SyncFixture.syncOnce(null, 120);

        assertThat(simulator.faults().injected("reset")).isPositive();
        assertConsistent();
    }

    @Test
    void fiveSecondDelaysTripTheClientTimeoutAndAreRetried() {
        district(300);
        simulator.faults().delayRate = 0.2;
        simulator.faults().delayMillis = 5_000;
        simulator.faults().forceDelay.set(1);
        long started = System.nanoTime();

        SyncFixture.syncOnce(null, 120);

        assertThat(simulator.faults().injected("delay")).isPositive();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(seconds).as("a 5 s delay costs a 1 s timeout and a retry, not 5 s").isLessThan(5L * 3);
        assertConsistent();
    }

    @Test
    void aMalformedPageIsRefusedWholeAndAskedForAgain() {
        district(600);
        simulator.faults().malformedRate = 0.2;
        simulator.faults().forceMalformed.set(1);

        JsonPath run = SyncFixture.syncOnce(null, 120);

        assertThat(simulator.faults().injected("malformed")).isPositive();
        assertThat(run.getLong("upserted")).isEqualTo(25 + 669 + 38);
        assertConsistent();
    }

    @Test
    void aDuplicatedPageTakesNothingOverTwice() {
        district(600);
        simulator.faults().duplicatePageRate = 0.3;
        simulator.faults().forceDuplicatePage.set(2);

        JsonPath run = SyncFixture.syncOnce(null, 120);

        assertThat(simulator.faults().injected("duplicate")).isPositive();
        assertThat(run.getLong("pulled")).as("fresh changes only").isEqualTo(25 + 669 + 38);
        assertThat(run.getLong("upserted")).isEqualTo(25 + 669 + 38);
        assertConsistent();
    }

    @Test
    void everythingAtOnceIncludingLostAnswersToReports() {
        district(500);
        ProvincialPlatformSimulator.Faults f = simulator.faults();
        f.unavailableRate = 0.1;
        f.resetRate = 0.05;
        f.malformedRate = 0.05;
        f.duplicatePageRate = 0.1;
        f.lostAnswerRate = 0.5;
        SyncFixture.syncOnce(null, 120);
        simulator.putProject("43050324T000000000001", "2024年度城镇老旧小区改造项目（二期）", "108002", 2024, "SPECIFIC_PURPOSE",
                List.of("SPECIAL_BOND"), "36500000.00", "4200000.00", "1800000.00");
        SyncFixture.syncOnce(null, 120);

        assertThat(simulator.acceptedCounts()).hasSize(2);
        assertConsistent();
    }

    @Test
    void aProvinceThatIsDownFailsTheRunKeepingWhatItTookAndTheNextRunFinishesTheJob() {
        district(1000);
        String first = SyncFixture.startRun(null);
        // let some pages in, then take the province down
        SyncFixture.awaiting("three pages of run " + first + " taken in", Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                .until(() -> SyncFixture.run(first).getLong("progress.pagesDone") >= 3);
        simulator.faults().unavailableRate = 1.0;
        JsonPath failed = SyncFixture.awaitFinished(first, 120);
        assertThat(failed.getString("state.code")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).isNotBlank();
        long takenBefore = failed.getLong("upserted");
        assertThat(takenBefore).isPositive();

        simulator.faults().unavailableRate = 0;
        JsonPath second = SyncFixture.syncOnce(null, 120);

        assertThat(takenBefore + second.getLong("upserted")).as("nothing taken over twice").isEqualTo(25 + 1069 + 38);
        assertConsistent();
    }

    @Test
    void aReportTheProvinceRefusesBecomesAVisibleDeadLetterThatCanBeRetried() {
        simulator.seedSampleDistrict();
        simulator.faults().rejectedMessageTypes.add("sync.receipt");
        JsonPath run = SyncFixture.syncOnce(null, 60);
        assertThat(run.getLong("failed")).isEqualTo(1);

        JsonPath dead = given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/sync/dead-letters")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        String id = dead.getString("items[0].id");
        assertThat(dead.getString("items[0].lastError")).contains("422");
        assertThat(dead.getString("items[0].payload.mof_div_code")).isEqualTo("430503");

        simulator.faults().rejectedMessageTypes.clear();
        given().auth().oauth2(TestTokens.sync()).when().post("/api/v1/sync/dead-letters/" + id + "/retry")
                .then().statusCode(200).body("state.code", equalTo("PENDING")).body("attempts", equalTo(0));
        given().auth().oauth2(TestTokens.sync()).when().post("/api/v1/sync/dead-letters/" + id + "/retry")
                .then().statusCode(409).body("code", equalTo("OUTBOX_MESSAGE_ILLEGAL_TRANSITION")).body("allowedActions", equalTo(List.of("DELIVER", "FAIL")));
        JsonPath next = SyncFixture.syncOnce(null, 60);

        assertThat(next.getLong("pushed")).isEqualTo(1);
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/sync/outbox/" + id)
                .then().statusCode(200).body("state.code", equalTo("SENT"));
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/sync/dead-letters").then().body("total", equalTo(0));
        assertConsistent();
    }

    @Test
    void aProvinceThatTakesNoReportsOpensTheCircuitAndTheReportWaitsUnchargedUntilItIsBack() {
        simulator.seedSampleDistrict();
        simulator.faults().reportsUnavailable = true;
        JsonPath first = SyncFixture.awaitFinished(SyncFixture.startRun(null), 60);
        assertThat(first.getString("state.code")).as("the pull succeeded; one delivery attempt failed").isEqualTo("SUCCEEDED");
        assertThat(first.getLong("failed")).isEqualTo(1);
        JsonPath interrupted = first;
        for (int i = 0; i < 5 && !"FAILED".equals(interrupted.getString("state.code")); i++) {
            clock.advance(PAST_THE_LONGEST_BACKOFF);   // the report is due again
            interrupted = SyncFixture.awaitFinished(SyncFixture.startRun(null), 60);
        }
        assertThat(interrupted.getString("state.code")).isEqualTo("FAILED");
        assertThat(interrupted.getString("error")).contains("circuit breaker open");
        JsonPath waiting = given().auth().oauth2(TestTokens.financeAdmin()).queryParam("state", "PENDING").when().get("/api/v1/sync/outbox")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        assertThat(waiting.getInt("items[0].attempts")).as("attempts the open circuit prevented are not charged").isLessThan(4);

        simulator.faults().reportsUnavailable = false;
        clock.advance(PAST_THE_LONGEST_BACKOFF);
        // The breaker lets a probe through once its own delay (500 ms in the tests, on its own timer) has passed;
        // until then a run fails fast without charging the report, as asserted above.
        JsonPath back = SyncFixture.awaiting("a run delivers the report once the circuit half-opens", Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> SyncFixture.awaitFinished(SyncFixture.startRun(null), 60), run -> "SUCCEEDED".equals(run.getString("state.code")));

        assertThat(back.getLong("pushed")).isEqualTo(1);
        assertConsistent();
    }
}
