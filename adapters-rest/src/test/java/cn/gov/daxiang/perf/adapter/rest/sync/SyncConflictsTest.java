package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Provincial changes that conflict with local state are held in the conflict log, never dropped, and decided over REST. */
@QuarkusTest
class SyncConflictsTest {

    private static final String RENOVATION = "43050324T000000000001";
    private static final String CENTRE = "108002";

    @Inject
    DataSource dataSource;

    private final ProvincialPlatformSimulator simulator = SyncFixture.simulator();

    @BeforeEach
    void clean() {
        SyncFixture.clean(dataSource);
    }

    @AfterAll
    static void leaveClean() {
        SyncFixture.cleanAfterAll();
    }

    private static JsonPath openConflicts() {
        return given().auth().oauth2(TestTokens.financeAdmin()).queryParam("state", "OPEN").when().get("/api/v1/sync/conflicts")
                .then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.Response resolve(String id, String body) {
        return given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json").body(body)
                .when().post("/api/v1/sync/conflicts/" + id + "/resolve");
    }

    @Test
    void aUnitDeactivatedWhileItHasCurrentProjectsIsHeldAndKeepingItNeedsAReason() {
        simulator.seedSampleDistrict();
        int nextYear = LocalDate.now().getYear() + 1;
        simulator.putProject(String.format("430503%02dT000000000777", nextYear % 100), "城市建设服务中心下年度项目", CENTRE, nextYear,
                "SPECIFIC_PURPOSE", List.of(), "100000.00", "0.00", "0.00");
        SyncFixture.syncOnce(null, 60);
        simulator.putAgency(CENTRE, "邵阳市大祥区城市建设服务中心", "108001", false);

        JsonPath run = SyncFixture.syncOnce(null, 60);

        assertThat(run.getLong("conflicts")).isEqualTo(1);
        JsonPath conflicts = openConflicts();
        assertThat(conflicts.getInt("total")).isEqualTo(1);
        assertThat(conflicts.getString("items[0].kind.code")).isEqualTo("UNIT_DEACTIVATED_WITH_OPEN_WORK");
        assertThat(conflicts.getString("items[0].kind.label")).isEqualTo("单位停用但仍有未完成工作");
        assertThat(conflicts.getString("items[0].local.active")).isEqualTo("true");
        assertThat(conflicts.getString("items[0].incoming.active")).isEqualTo("false");
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/budget-units/" + CENTRE)
                .then().statusCode(200).body("active", equalTo(true));
        String id = conflicts.getString("items[0].id");

        resolve(id, "{\"resolution\":\"KEEP_LOCAL\"}").then().statusCode(400).body("code", equalTo("SYNC_CONFLICT_NOTE_REQUIRED"))
                .body("violations[0].field", equalTo("note"));
        AuditTrailProbe.expectOneEvent("sync-conflict", id, "resolve", () ->
                resolve(id, "{\"resolution\":\"KEEP_LOCAL\",\"note\":\"下年度项目仍由该中心实施，已联系省财政厅更正\"}")
                        .then().statusCode(200).body("state.code", equalTo("RESOLVED")).body("resolution.code", equalTo("KEEP_LOCAL")));
        resolve(id, "{\"resolution\":\"ACCEPT_PROVINCIAL\"}").then().statusCode(409).body("code", equalTo("SYNC_CONFLICT_ALREADY_RESOLVED"));

        SyncFixture.syncOnce(null, 60);
        assertThat(simulator.acceptedReports().values()).filteredOn(r -> r.path("message_type").asText().equals("sync.conflict-resolved"))
                .singleElement().satisfies(r -> {
                    assertThat(r.path("payload").path("agency_code").asText()).isEqualTo(CENTRE);
                    assertThat(r.path("payload").path("resolution").asText()).isEqualTo("KEEP_LOCAL");
                    assertThat(r.path("payload").path("note").asText()).contains("已联系省财政厅更正");
                });
        SyncFixture.assertEveryReportReceivedExactlyOnce(SyncFixture.outboxKeys("SENT"));
    }

    @Test
    void aProjectDeletedUpstreamIsHeldLaterChangesJoinItAndAcceptingDeletesItLocally() {
        simulator.seedSampleDistrict();
        SyncFixture.syncOnce(null, 60);
        simulator.deleteProject(RENOVATION);

        assertThat(SyncFixture.syncOnce(null, 60).getLong("conflicts")).isEqualTo(1);
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/projects/" + RENOVATION).then().statusCode(200);
        JsonPath conflict = openConflicts();
        assertThat(conflict.getString("items[0].kind.code")).isEqualTo("PROJECT_DELETED_UPSTREAM");
        assertThat(conflict.getBoolean("items[0].deletion")).isTrue();
        String id = conflict.getString("items[0].id");

        // The province deletes it again (a later change of the same project): it joins the open conflict.
        simulator.deleteProject(RENOVATION);
        assertThat(SyncFixture.syncOnce(null, 60).getLong("conflicts")).isEqualTo(1);
        assertThat(openConflicts().getInt("total")).isEqualTo(1);
        assertThat(openConflicts().getLong("items[0].changeSeq")).isGreaterThan(conflict.getLong("items[0].changeSeq"));

        AuditTrailProbe.expectOneEvent("project", RENOVATION, "delete", () ->
                resolve(id, "{\"resolution\":\"ACCEPT_PROVINCIAL\",\"note\":\"省平台已撤销该项目\"}").then().statusCode(200));
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/projects/" + RENOVATION).then().statusCode(404);
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("messageType", "sync.conflict-resolved").when().get("/api/v1/sync/outbox")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].payload.pro_code", equalTo(RENOVATION));
    }

    @Test
    void aResolutionThatCannotBeAppliedRollsBackWholeAndPublishesNothing() {
        simulator.seedSampleDistrict();
        simulator.putProject("43050325T000000000888", "未知单位的项目", "199001", 2025, "OPERATION", List.of(), "1000.00", "0.00", "0.00");
        JsonPath run = SyncFixture.syncOnce(null, 60);
        assertThat(run.getLong("conflicts")).isEqualTo(1);
        JsonPath conflict = openConflicts();
        assertThat(conflict.getString("items[0].kind.code")).isEqualTo("REFERENCE_UNRESOLVED");
        String id = conflict.getString("items[0].id");
        int outboxBefore = SyncFixture.outboxKeys("PENDING").size() + SyncFixture.outboxKeys("SENT").size();

        AuditTrailProbe.expectNoEvent("sync-conflict", id, () ->
                resolve(id, "{\"resolution\":\"ACCEPT_PROVINCIAL\"}").then().statusCode(422).body("code", equalTo("PROJECT_UNIT_UNKNOWN")));

        assertThat(openConflicts().getInt("total")).isEqualTo(1);
        assertThat(SyncFixture.outboxKeys("PENDING").size() + SyncFixture.outboxKeys("SENT").size()).as("no report of a rolled-back decision")
                .isEqualTo(outboxBefore);
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("messageType", "sync.conflict-resolved").when().get("/api/v1/sync/outbox")
                .then().body("total", equalTo(0));
    }

    @Test
    void malformedDecisionsAreClearProblems() {
        resolve("f00e6a3e-0000-4000-8000-000000000000", "{\"resolution\":\"KEEP_LOCAL\",\"note\":\"x\"}").then().statusCode(404)
                .body("code", equalTo("SYNC_CONFLICT_NOT_FOUND"));
        resolve("f00e6a3e-0000-4000-8000-000000000000", "{\"resolution\":\"IGNORE\"}").then().statusCode(400)
                .body("code", equalTo("SYNC_CONFLICT_RESOLUTION_UNKNOWN"));
        resolve("f00e6a3e-0000-4000-8000-000000000000", "{}").then().statusCode(400).body("violations[0].field", equalTo("resolution"));
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("kind", "SOMETHING").when().get("/api/v1/sync/conflicts")
                .then().statusCode(400).body("code", equalTo("SYNC_CONFLICT_KIND_UNKNOWN"));
        given().auth().oauth2(TestTokens.auditor()).contentType("application/json").body("{\"resolution\":\"KEEP_LOCAL\",\"note\":\"x\"}")
                .when().post("/api/v1/sync/conflicts/f00e6a3e-0000-4000-8000-000000000000/resolve").then().statusCode(403);
    }
}
