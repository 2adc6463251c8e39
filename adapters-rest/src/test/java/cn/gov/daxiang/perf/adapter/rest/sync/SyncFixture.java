package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.budgetunit.ListBudgetUnitsQuery;
import cn.gov.daxiang.perf.application.port.in.project.ListProjectsQuery;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What the sync tests share: the simulator, a clean database, starting and awaiting runs, comparing content. */
public final class SyncFixture {

    private static ProvincialPlatformSimulator simulator;
    private static final Actor READER = Actor.system("sync-test-reader");

    private SyncFixture() {
    }

    /** The simulator on the port the application was configured with; started on first use, reset by {@link #clean}. */
    public static synchronized ProvincialPlatformSimulator simulator() {
        if (simulator == null) {
            simulator = ProvincialPlatformSimulator.start(Integer.getInteger(SimulatorPortResource.PORT_PROPERTY), 20241008L);
        }
        return simulator;
    }

    /** Every table a sync test writes or reads, children before parents (the goals refer to projects and units). */
    private static final List<String> TABLES = List.of("library_entry", "rectification_report", "rectification", "budget_arrangement_revision", "budget_arrangement", "pre_assessment_criterion",
            "pre_assessment", "campaign_target", "campaign", "self_evaluation_line", "self_evaluation",
            "monitoring_report_line", "monitoring_report", "monitoring_round", "goal_indicator", "goal_version", "goal_review_assignment",
            "performance_goal", "unit_indicator_system", "project_kind", "project_execution", "project", "budget_unit", "sync_conflict",
            "outbox_message", "sync_run", "sync_cursor", "audit_event");

    /**
     * No run under way, an empty simulator, closed circuit breakers and no reference or sync data: every sync test
     * starts from here (its {@code @BeforeEach}), and each sync test class leaves the same behind once it is done
     * ({@link #cleanAfterAll}), so the other tests' fixtures are not disturbed.
     */
    public static void clean(DataSource dataSource) {
        // Asked of the database, not the API: the server's test port is already closed in an @AfterAll.
        awaiting("no sync run running", Duration.ofSeconds(60)).until(() -> runningRuns(dataSource) == 0);
        simulator().reset();
        // A circuit breaker opened by the previous test's faults starts closed again (rather than waiting out its delay).
        CircuitBreakerMaintenance.get().resetAll();
        // One transaction of DELETEs sent as one batch: on these small tables it takes about 90 ms, where one TRUNCATE
        // of the 25 tables takes about 1.3 s (it replaces every table's files) and 25 DELETEs in autocommit 340 ms.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String table : TABLES) {
                s.addBatch("DELETE FROM " + table);
            }
            s.addBatch("UPDATE sync_lease SET holder = NULL, acquired_at = NULL, expires_at = NULL");
            s.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int runningRuns(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet running = s.executeQuery("SELECT count(*) FROM sync_run WHERE state = 'RUNNING'")) {
            running.next();
            return running.getInt(1);
        }
    }

    /** For a sync test class's static {@code @AfterAll}: leaves the database as {@link #clean} found it for the next class. */
    public static void cleanAfterAll() {
        clean(Arc.container().instance(DataSource.class).get());
    }

    /** Polls {@code alias} every 25 ms from the calling thread, at once and for at most {@code atMost}. */
    public static ConditionFactory awaiting(String alias, Duration atMost) {
        return Awaitility.await(alias).atMost(atMost).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(25));
    }

    public static void awaitNoRunRunning() {
        awaiting("no sync run running", Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.financeAdmin())
                .queryParam("state", "RUNNING").when().get("/api/v1/sync/runs").then().statusCode(200).extract().jsonPath()
                .getInt("total") == 0);
    }

    /** Starts a run over REST (202) and returns its id. */
    public static String startRun(String mode) {
        return given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json")
                .body(mode == null ? "{}" : "{\"mode\":\"" + mode + "\"}")
                .when().post("/api/v1/sync/runs")
                .then().statusCode(202).extract().jsonPath().getString("id");
    }

    /** Waits for the run to finish and returns it as the API shows it. */
    public static JsonPath awaitFinished(String runId, int seconds) {
        return awaiting("run " + runId + " finished", Duration.ofSeconds(seconds))
                .until(() -> run(runId), run -> !"RUNNING".equals(run.getString("state.code")));
    }

    public static JsonPath run(String runId) {
        return given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/sync/runs/" + runId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** One successful run; fails with the run's error otherwise. */
    public static JsonPath syncOnce(String mode, int seconds) {
        JsonPath run = awaitFinished(startRun(mode), seconds);
        assertThat(run.getString("state.code")).as("run state (error: %s)", run.getString("error")).isEqualTo("SUCCEEDED");
        return run;
    }

    /** The local units and projects as canonical lines (the simulator writes the same ones for its data). */
    public static List<String> localLines(ListBudgetUnitsQuery units, ListProjectsQuery projects) {
        List<String> lines = new ArrayList<>();
        forEachPage(p -> units.listBudgetUnits(READER, BudgetUnitCriteria.any(), p), (BudgetUnit u) -> lines.add(
                ProvincialPlatformSimulator.agencyLine(u.getCode().value(), u.getName(),
                        u.getSupervisingDepartment().map(UnitCode::value).orElse(null), u.isActive())));
        forEachPage(p -> projects.listProjects(READER, ProjectCriteria.any(), p), (Project p) -> lines.add(
                ProvincialPlatformSimulator.projectLine(p.getCode().value(), p.getName(), p.getUnitCode().value(), p.getFiscalYear().value(),
                        p.getCategory().name(), p.getKinds().stream().map(Enum::name).toList(), p.getFunds().fiscalAppropriation().amount(),
                        p.getFunds().carryOver().amount(), p.getFunds().other().amount())));
        return lines;
    }

    /** Local data equals the simulator's: the same number of units and projects and the same content hash. */
    public static void assertLocalEqualsProvince(ListBudgetUnitsQuery units, ListProjectsQuery projects) {
        List<String> lines = localLines(units, projects);
        ProvincialPlatformSimulator sim = simulator();
        assertThat(lines.stream().filter(l -> l.startsWith("A|")).count()).as("units").isEqualTo(sim.current("agencies").size());
        assertThat(lines.stream().filter(l -> l.startsWith("P|")).count()).as("projects").isEqualTo(sim.current("projects").size());
        assertThat(ProvincialPlatformSimulator.hash(lines)).as("content hash").isEqualTo(sim.contentHash());
    }

    /** Every report the province keeps was taken in exactly once, and every local SENT message is among them. */
    public static void assertEveryReportReceivedExactlyOnce(List<String> sentKeys) {
        Map<String, Integer> counts = simulator().acceptedCounts();
        assertThat(counts.values()).as("times each idempotency key was taken in").allMatch(n -> n == 1);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(sentKeys);
    }

    /** The idempotency keys of the outbox messages in {@code state}, over all pages. */
    public static List<String> outboxKeys(String state) {
        List<String> keys = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath p = given().auth().oauth2(TestTokens.financeAdmin()).queryParam("state", state).queryParam("size", 100)
                    .queryParam("page", page).when().get("/api/v1/sync/outbox").then().statusCode(200).extract().jsonPath();
            keys.addAll(p.getList("items.idempotencyKey"));
            if (page >= p.getInt("totalPages")) {
                return keys;
            }
        }
    }

    private interface Pager<T> {
        Page<T> page(Paging paging);
    }

    private static <T> void forEachPage(Pager<T> pager, java.util.function.Consumer<T> each) {
        for (int page = 1; ; page++) {
            Page<T> p = pager.page(new Paging(page, Paging.MAX_SIZE));
            p.items().forEach(each);
            if (page >= p.totalPages()) {
                return;
            }
        }
    }
}
