package cn.gov.daxiang.perf.adapter.rest.rectification;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.adapter.rest.TestClock;
import cn.gov.daxiang.perf.adapter.rest.evidence.Multipart;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Rectification over HTTP, as each role would: finance accepts a key evaluation of the housing centre's renovation whose
 * evaluator proposed two rectifications, and exactly two items are issued (issuing again adds none); the centre starts,
 * reports (refused without evidence, accepted once a file is attached), finance returns, the centre reports again,
 * finance verifies; moving the clock past the other item's deadline makes it overdue, lists it under overdue=true and
 * fails the project's readiness naming it. Other units get 404, the department reads, evaluators see nothing. Plan year
 * 2031 is this class's own, so the summary counts only what it did.
 */
@QuarkusTest
class RectificationResourceTest {

    private static final int YEAR = 2031;
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Inject
    ImportReferenceDataUseCase importReferenceData;
    @Inject
    TestClock clock;

    private final String finance = TestTokens.financeReviewer();
    private final String zhenrui = TestTokens.evaluator("ZHENRUI");
    private final String centre = TestTokens.unitOperator(DistrictFixture.HOUSING_CENTRE);
    private final String housing = TestTokens.deptReviewer(DistrictFixture.HOUSING);
    private final String kindergarten = TestTokens.unitOperator(DistrictFixture.KINDERGARTEN);

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static RequestSpecification as(String token, long revision) {
        return as(token).header("If-Match", "\"" + revision + "\"");
    }

    private static long revision(Response response) {
        return Long.parseLong(response.getHeader("ETag").replace("\"", ""));
    }

    private static String fullSheet() {
        String[] leaves = {"A11:4", "A12:4", "A21:6", "A22:6", "B11:4", "B12:4", "B21:6", "B22:6", "C11:10", "C12:10", "C13:8", "C14:7",
                "C21:15", "C22:10"};
        StringBuilder body = new StringBuilder("{\"scores\":[");
        for (String leaf : leaves) {
            String[] p = leaf.split(":");
            body.append("{\"indicatorCode\":\"").append(p[0]).append("\",\"score\":").append(p[1]).append("},");
        }
        body.setLength(body.length() - 1);
        return body.append("]}").toString();
    }

    /** A key evaluation of the renovation with two proposed rectifications (one with its own deadline), accepted. */
    private String acceptedEvaluation(LocalDate ownDeadline) {
        String id = as(finance).body("{\"title\":\"整改测试重点评价\",\"fiscalYear\":" + YEAR + ",\"subjectKind\":\"SPECIAL_BOND\",\"dueDate\":\""
                        + YEAR + "-10-31\",\"object\":{\"kind\":\"PROJECT\",\"projectCode\":\"" + DistrictFixture.RENOVATION_2024 + "\"}}")
                .when().post("/api/v1/key-evaluations").then().statusCode(201).extract().jsonPath().getString("id");
        String at = "/api/v1/key-evaluations/" + id;
        long rev = revision(as(finance, 0).body("{\"agencyId\":\"ZHENRUI\"}").when().post(at + "/commission").then().statusCode(200).extract().response());
        rev = revision(as(zhenrui, rev).body("{\"frameworkCode\":\"DISTRICT-PROJECT\",\"version\":1}").when().put(at + "/framework")
                .then().statusCode(200).extract().response());
        rev = revision(as(zhenrui, rev).body("{}").when().post(at + "/fieldwork").then().statusCode(200).extract().response());
        rev = revision(as(zhenrui, rev).body(fullSheet()).when().put(at + "/scores").then().statusCode(200).extract().response());
        rev = revision(as(zhenrui, rev).body("{\"findings\":[{\"text\":\"资金拨付滞后于工程进度\",\"rectification\":{\"responsibleUnitCode\":\""
                        + DistrictFixture.HOUSING_CENTRE + "\"}},{\"text\":\"满意度调查样本不足\"},{\"text\":\"档案资料不全\",\"rectification\":"
                        + "{\"responsibleUnitCode\":\"" + DistrictFixture.HOUSING_CENTRE + "\",\"deadline\":\"" + ownDeadline + "\"}}]}")
                .when().put(at + "/findings").then().statusCode(200).extract().response());
        rev = revision(as(zhenrui, rev).body("{}").when().post(at + "/submit").then().statusCode(200).extract().response());
        as(finance, rev).body("{}").when().post(at + "/accept").then().statusCode(200).body("state.code", equalTo("ACCEPTED"));
        return id;
    }

    private static Response upload(String token, String ownerId) {
        Multipart form = new Multipart();
        form.field("ownerType", "RECTIFICATION");
        form.field("ownerId", ownerId);
        form.field("purpose", "SUPPORTING");
        form.file("拨付凭证.pdf", "application/pdf", ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% " + System.nanoTime()
                + "\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
        return given().auth().oauth2(token).contentType(form.contentType()).body(form.body()).when().post("/api/v1/evidence-files");
    }

    @Test
    void acceptanceIssuesEachProposedRectificationOnceTheUnitReportsWithEvidenceFinanceReturnsAndVerifies() {
        LocalDate today = LocalDate.now(DISTRICT);
        String evaluation = acceptedEvaluation(today.plusDays(10));
        JsonPath issued = as(finance).when().get("/api/v1/rectifications?evaluation=" + evaluation).then().statusCode(200)
                .body("total", equalTo(2)).extract().jsonPath();
        // The nearest deadline first: the one proposed with 10 days, then the default (acceptance day + 60).
        assertThat(issued.getList("items.text", String.class)).containsExactly("档案资料不全", "资金拨付滞后于工程进度");
        assertThat(issued.getList("items.findingIndex", Integer.class)).containsExactly(2, 0);
        assertThat(issued.getList("items.state.code", String.class)).containsOnly("ISSUED");
        assertThat(issued.getList("items.projectCode", String.class)).containsOnly(DistrictFixture.RENOVATION_2024);
        assertThat(issued.getList("items.responsibleUnitCode", String.class)).containsOnly(DistrictFixture.HOUSING_CENTRE);
        // Rows carry the names a table shows; the state filter takes the label as well as the code.
        assertThat(issued.getList("items.responsibleUnitName", String.class)).doesNotContainNull().allSatisfy(n -> assertThat(n).isNotBlank());
        assertThat(issued.getList("items.projectName", String.class)).doesNotContainNull().allSatisfy(n -> assertThat(n).isNotBlank());
        as(finance).queryParam("evaluation", evaluation).queryParam("state", "已下达").when().get("/api/v1/rectifications")
                .then().statusCode(200).body("total", equalTo(2));
        assertThat(issued.getList("items.overdue", Boolean.class)).containsOnly(false);
        LocalDate acceptedOn = LocalDate.parse(issued.getString("items[1].asOf"));
        assertThat(issued.getString("items[1].deadline")).isEqualTo(acceptedOn.plusDays(60).toString());
        String id = issued.getString("items[1].id");

        // Issuing again by hand issues nothing; the evaluator, another unit: nothing to see.
        as(finance).body("{\"keyEvaluationId\":\"" + evaluation + "\"}").when().post("/api/v1/rectifications/issues")
                .then().statusCode(200).body("size()", equalTo(0));
        as(finance).when().get("/api/v1/rectifications?evaluation=" + evaluation).then().body("total", equalTo(2));
        as(centre).body("{\"keyEvaluationId\":\"" + evaluation + "\"}").when().post("/api/v1/rectifications/issues").then().statusCode(403);
        String at = "/api/v1/rectifications/" + id;
        as(kindergarten).when().get(at).then().statusCode(404).body("code", equalTo("RECTIFICATION_NOT_FOUND"));
        as(kindergarten, 0).body("{}").when().post(at + "/start").then().statusCode(404);
        as(kindergarten).when().get("/api/v1/rectifications?evaluation=" + evaluation).then().statusCode(200).body("total", equalTo(0));
        assertThat(upload(kindergarten, id).statusCode()).isEqualTo(404);
        as(zhenrui).when().get(at).then().statusCode(404);
        as(housing).when().get(at).then().statusCode(200).body("id", equalTo(id));
        as(housing, 0).body("{}").when().post(at + "/start").then().statusCode(403);
        assertThat(upload(housing, id).statusCode()).isEqualTo(403);

        // The centre starts and reports; a report needs evidence.
        as(centre).body("{}").when().post(at + "/start").then().statusCode(428);
        long rev = revision(as(centre, 0).body("{}").when().post(at + "/start").then().statusCode(200)
                .body("state.code", equalTo("IN_PROGRESS")).body("allowedActions.code", equalTo(List.of("REPORT"))).extract().response());
        as(centre, rev).body("{\"text\":\"已按工程进度拨付资金\"}").when().post(at + "/report").then().statusCode(422)
                .body("code", equalTo("RECTIFICATION_EVIDENCE_REQUIRED"));
        as(centre, rev).body("{}").when().post(at + "/report").then().statusCode(400);
        upload(centre, id).then().statusCode(201);
        rev = revision(as(centre, rev).body("{\"text\":\"已按工程进度拨付资金\"}").when().post(at + "/report").then().statusCode(200)
                .body("state.code", equalTo("REPORTED")).body("reports[0].evidenceFiles", equalTo(1)).body("reports[0].late", equalTo(false))
                .extract().response());
        // allowedActions are the caller's: on the reported item finance is offered verify and return, the centre and its
        // department nothing (the centre saw report, never verify, while it was in progress).
        as(finance).when().get(at).then().statusCode(200).body("allowedActions.code", equalTo(List.of("VERIFY", "RETURN")))
                .body("allowedActions[0].label", equalTo("核实"));
        as(centre).when().get(at).then().statusCode(200).body("allowedActions.size()", equalTo(0));
        as(housing).when().get(at).then().statusCode(200).body("allowedActions.size()", equalTo(0));
        as(centre, rev).body("{}").when().post(at + "/verify").then().statusCode(403);
        as(finance, rev - 1).body("{}").when().post(at + "/verify").then().statusCode(412);

        // Finance returns it; the centre reports again; finance verifies.
        rev = revision(as(finance, rev).body("{\"reason\":\"拨付凭证不清晰\"}").when().post(at + "/return").then().statusCode(200)
                .body("state.code", equalTo("RETURNED")).body("returnReason", equalTo("拨付凭证不清晰")).extract().response());
        rev = revision(as(centre, rev).body("{\"text\":\"补充了清晰的拨付凭证\"}").when().post(at + "/report").then().statusCode(200)
                .body("reports.size()", equalTo(2)).extract().response());
        rev = revision(as(finance, rev).body("{}").when().post(at + "/verify").then().statusCode(200)
                .body("state.code", equalTo("VERIFIED")).body("allowedActions.size()", equalTo(0)).extract().response());
        as(finance, rev).body("{\"reason\":\"x\"}").when().post(at + "/return").then().statusCode(409);
        as(TestTokens.auditor()).when().get("/api/v1/audit-events?objectType=rectification&objectId=" + id).then().statusCode(200)
                .body("total", equalTo(6));
    }

    @Test
    void pastTheDeadlineTheItemIsOverdueListedAsSuchAndTheProjectIsNotReadyNamingIt() {
        LocalDate today = LocalDate.now(DISTRICT);
        String evaluation = acceptedEvaluation(today.plusDays(3));
        JsonPath issued = as(finance).when().get("/api/v1/rectifications?evaluation=" + evaluation).jsonPath();
        String near = issued.getString("items[0].id");
        LocalDate deadline = LocalDate.parse(issued.getString("items[0].deadline"));

        as(finance).when().get("/api/v1/rectifications?evaluation=" + evaluation + "&overdue=true").then().statusCode(200).body("total", equalTo(0));
        clock.advance(Duration.ofDays(5));
        JsonPath read = as(centre).when().get("/api/v1/rectifications/" + near).then().statusCode(200)
                .body("overdue", equalTo(true)).extract().jsonPath();
        LocalDate asOf = LocalDate.parse(read.getString("asOf"));
        assertThat(read.getLong("daysOverdue")).isEqualTo(ChronoUnit.DAYS.between(deadline, asOf)).isPositive();
        as(finance).when().get("/api/v1/rectifications?evaluation=" + evaluation + "&overdue=true").then().statusCode(200)
                .body("items.id", equalTo(List.of(near)));
        as(finance).when().get("/api/v1/rectifications?evaluation=" + evaluation + "&overdue=false").then().statusCode(200)
                .body("items.id", not(hasItem(near))).body("total", equalTo(1));
        as(finance).when().get("/api/v1/rectifications?overdue=maybe").then().statusCode(400);

        JsonPath readiness = as(centre).when().get("/api/v1/projects/" + DistrictFixture.RENOVATION_2024 + "/readiness").then().statusCode(200)
                .body("ready", equalTo(false)).extract().jsonPath();
        Map<String, Object> check = readiness.getMap("checks.find { it.check == 'READINESS_NO_OVERDUE_RECTIFICATION' }");
        assertThat(check.get("passed")).isEqualTo(false);
        assertThat(check.get("reason")).isEqualTo("READINESS_RECTIFICATION_OVERDUE");
        assertThat((String) check.get("explanation")).contains(near).contains(deadline.toString());
        assertThat(readiness.getList("checks.find { it.check == 'READINESS_NO_OVERDUE_RECTIFICATION' }.arguments.rectifications.id", String.class))
                .contains(near);

        as(TestTokens.auditor()).when().get("/api/v1/rectifications/summary?year=" + YEAR).then().statusCode(200)
                .body("total.overdue", equalTo(1)).body("units[0].unitCode", equalTo(DistrictFixture.HOUSING_CENTRE));
        as(finance).when().get("/api/v1/rectifications/summary").then().statusCode(400);

        // Reported (late), it is no longer overdue and no longer blocks; the report records how late it came.
        long rev = revision(as(centre, 0).body("{}").when().post("/api/v1/rectifications/" + near + "/start").then().statusCode(200).extract().response());
        upload(centre, near).then().statusCode(201);
        as(centre, rev).body("{\"text\":\"已补齐档案\"}").when().post("/api/v1/rectifications/" + near + "/report").then().statusCode(200)
                .body("overdue", equalTo(false)).body("reportedLate", equalTo(true))
                .body("reports[0].daysLate", equalTo((int) ChronoUnit.DAYS.between(deadline, asOf)));
        // Other classes' items of the project may be overdue too: the check then lists the overdue ones, never this one.
        Map<String, Object> after = as(centre).when().get("/api/v1/projects/" + DistrictFixture.RENOVATION_2024 + "/readiness").then()
                .statusCode(200).extract().jsonPath().getMap("checks.find { it.check == 'READINESS_NO_OVERDUE_RECTIFICATION' }");
        if (after.get("reason").equals("READINESS_RECTIFICATION_OVERDUE")) {
            assertThat((String) after.get("explanation")).doesNotContain(near);
        } else {
            assertThat(after.get("reason")).isEqualTo("READINESS_RECTIFICATION_OPEN_IN_TIME");
            assertThat(after.get("passed")).isEqualTo(true);
        }
    }

    @Test
    void financeRaisesAnItemOnAnEvaluationOthersMayNot() {
        String evaluation = acceptedEvaluation(LocalDate.now(DISTRICT).plusDays(30));
        String body = "{\"evaluationKind\":\"KEY_EVALUATION\",\"evaluationId\":\"" + evaluation + "\",\"responsibleUnitCode\":\""
                + DistrictFixture.HOUSING + "\",\"text\":\"主管部门监管不到位\"}";
        Response raised = as(finance).header("Idempotency-Key", "rect-raise-" + evaluation).body(body).when().post("/api/v1/rectifications");
        raised.then().statusCode(201).body("findingIndex", equalTo(null)).body("projectCode", equalTo(null))
                .body("deadline", equalTo(LocalDate.parse(raised.jsonPath().getString("asOf")).plusDays(60).toString()));
        assertThat(raised.getHeader("Location")).endsWith("/api/v1/rectifications/" + raised.jsonPath().getString("id"));
        as(finance).header("Idempotency-Key", "rect-raise-" + evaluation).body(body).when().post("/api/v1/rectifications").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(raised.jsonPath().getString("id")));
        as(centre).body(body).when().post("/api/v1/rectifications").then().statusCode(403);
        as(finance).body(body.replace("\"text\":\"主管部门监管不到位\"", "\"text\":\"x\",\"deadline\":\"2001-01-01\"")).when().post("/api/v1/rectifications")
                .then().statusCode(400).body("code", equalTo("RECTIFICATION_DEADLINE_IN_THE_PAST"));
        as(finance).body(body.replace(evaluation, "not-a-uuid")).when().post("/api/v1/rectifications").then().statusCode(400)
                .body("violations[0].field", equalTo("evaluationId"));
        as(finance).body(body.replace("KEY_EVALUATION", "SELF_EVALUATION")).when().post("/api/v1/rectifications").then().statusCode(404);
        as(finance).body(body.replace(DistrictFixture.HOUSING, "999999")).when().post("/api/v1/rectifications").then().statusCode(422)
                .body("code", equalTo("RECTIFICATION_UNIT_UNKNOWN"));
        as(finance).when().get("/api/v1/rectifications?evaluation=" + evaluation).then().body("total", equalTo(3));
    }
}
