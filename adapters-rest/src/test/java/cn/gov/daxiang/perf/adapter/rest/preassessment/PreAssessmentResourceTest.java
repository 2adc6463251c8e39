package cn.gov.daxiang.perf.adapter.rest.preassessment;

import cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Ex-ante assessments and budget arrangements over HTTP, as each role would use them: an assessment concluded
 * NOT_SUPPORTED refuses the arrangement; a new one SUPPORT_AFTER_ADJUSTMENT at 800,000.00 refuses 800,000.01 naming
 * the cap and accepts 800,000.00; readiness lists both checks with their reasons; another unit and another agency are
 * told "not found"; an unassessed new project's arrangement is refused. Unit codes 341xxx are this class's own.
 */
@QuarkusTest
class PreAssessmentResourceTest {

    /** Department 341001 with unit 341002 and four 2024 specific-purpose projects of 3,000,000.00 元. */
    private static final GoalFixture DISTRICT = new GoalFixture("341");
    private static final String OTHER_UNIT = "105002";

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String operator = TestTokens.unitOperator(DISTRICT.unit);
    private final String department = TestTokens.deptReviewer(DISTRICT.department);
    private final String otherUnit = TestTokens.unitOperator(OTHER_UNIT);
    private final String finance = TestTokens.financeReviewer();
    private final String admin = TestTokens.financeAdmin();
    private final String zhenrui = TestTokens.evaluator("ZHENRUI");
    private final String otherAgency = TestTokens.evaluator("OTHERAGENCY");

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(GoalFixture.LOADER, DISTRICT.batch(4));
        importReferenceData.importReferenceData(cn.gov.daxiang.perf.adapter.rest.DistrictFixture.LOADER,
                cn.gov.daxiang.perf.adapter.rest.DistrictFixture.district());
    }

    private static Response post(String token, String path, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body == null ? "{}" : body);
        if (ifMatch != null) {
            request = request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return request.when().post(path);
    }

    private static Response put(String token, String path, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return request.when().put(path);
    }

    private static String etag(Response response) {
        return response.getHeader("ETag").replace("\"", "");
    }

    private String draft(String project) {
        return post(operator, "/api/v1/pre-assessments", null, "{\"projectCode\":\"" + project + "\",\"purpose\":\"NEW_PROJECT\","
                + "\"requestedAmount\":1000000.00,\"summary\":\"新建智慧停车泊位800个\"}")
                .then().statusCode(201).header("ETag", "\"0\"").extract().jsonPath().getString("id");
    }

    private static String scores(String points) {
        return "{\"scores\":[" + String.join(",", List.of("NECESSITY", "ECONOMY", "GOALS", "FEASIBILITY", "FUNDING").stream()
                .map(c -> "{\"code\":\"" + c + "\",\"points\":" + points + ",\"comment\":\"" + c + " 评估意见\"}").toList()) + "]}";
    }

    private static String path(String id) {
        return "/api/v1/pre-assessments/" + id;
    }

    private static String arrangement(String project) {
        return "/api/v1/projects/" + project + "/budget-arrangement";
    }

    @Test
    void anUnassessedNewProjectsArrangementIsRefusedNamingTheRule() {
        String project = DISTRICT.project(2);
        JsonPath problem = put(finance, arrangement(project), null, "{\"amount\":100.00}")
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("ARRANGEMENT_ASSESSMENT_MISSING")).extract().jsonPath();
        assertThat(problem.getString("parameters.projectCode")).isEqualTo(project);
        assertThat(problem.getString("parameters.classification")).isEqualTo("NEW");
        assertThat(problem.getString("detail")).contains("不得安排预算");
        given().auth().oauth2(finance).when().get(arrangement(project)).then().statusCode(200)
                .body("arranged", equalTo(false)).body("classification.code", equalTo("NEW")).body("classification.label", equalTo("新增项目")).body("classificationDefaulted", equalTo(true))
                .body("assessment.required", equalTo(true));
    }

    @Test
    void notSupportedRefusesTheArrangementThenAnAdjustedSupportCapsItToTheCentAndReadinessSaysWhy() {
        String project = DISTRICT.project(1);

        // The unit drafts and submits; finance takes it up commissioning 臻瑞, whose evaluator scores; finance concludes.
        String first = draft(project);
        given().auth().oauth2(operator).when().get(path(first)).then().statusCode(200)
                .body("criteria.label", equalTo(List.of("申报必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性")))
                .body("criteria.maxPoints", equalTo(List.of(20.0f, 20.0f, 20.0f, 20.0f, 20.0f)))
                .body("allowedActions.code", equalTo(List.of("EDIT", "SUBMIT")));
        post(operator, "/api/v1/pre-assessments", null, "{\"projectCode\":\"" + project + "\",\"purpose\":\"NEW_PROJECT\",\"requestedAmount\":5.00}")
                .then().statusCode(409).body("code", equalTo("PRE_ASSESSMENT_ALREADY_OPEN"));
        post(operator, path(first) + "/submit", "0", null).then().statusCode(200).body("state.code", equalTo("SUBMITTED"));
        post(department, path(first) + "/review", "1", "{}").then().statusCode(403);
        post(finance, path(first) + "/review", "1", "{\"agencyId\":\"ZHENRUI\"}").then().statusCode(200)
                .body("state.code", equalTo("UNDER_REVIEW")).body("agencyId", equalTo("ZHENRUI"));
        // allowedActions are the caller's: the commissioned evaluator may score only; finance may score, return, conclude;
        // the unit and its department nothing while it is under review.
        given().auth().oauth2(zhenrui).when().get(path(first)).then().statusCode(200).body("allowedActions.code", equalTo(List.of("SCORE")));
        given().auth().oauth2(finance).when().get(path(first)).then().statusCode(200)
                .body("allowedActions.code", equalTo(List.of("SCORE", "RETURN", "CONCLUDE")));
        given().auth().oauth2(operator).when().get(path(first)).then().statusCode(200).body("allowedActions.size()", equalTo(0));
        given().auth().oauth2(department).when().get(path(first)).then().statusCode(200).body("allowedActions.size()", equalTo(0));
        put(zhenrui, path(first) + "/scores", "2", scores("9.50")).then().statusCode(200).body("total", equalTo(47.5f))
                .body("fullyScored", equalTo(true));
        post(zhenrui, path(first) + "/conclude", "3", "{\"conclusion\":\"SUPPORT\",\"opinion\":\"同意\"}").then().statusCode(403);
        post(finance, path(first) + "/conclude", "3", "{\"conclusion\":\"NOT_SUPPORTED\",\"opinion\":\"立项依据不足，不予支持。\"}")
                .then().statusCode(200).body("state.code", equalTo("CONCLUDED")).body("conclusion.code", equalTo("NOT_SUPPORTED"));
        put(operator, path(first), "4", "{\"purpose\":\"NEW_PROJECT\",\"requestedAmount\":1.00}").then().statusCode(409)
                .body("code", equalTo("PRE_ASSESSMENT_ILLEGAL_TRANSITION"));

        // Not supported: the arrangement is refused with its own code.
        JsonPath notSupported = put(finance, arrangement(project), null, "{\"amount\":800000.00}").then().statusCode(422)
                .body("code", equalTo("ARRANGEMENT_ASSESSMENT_NOT_SUPPORTED")).extract().jsonPath();
        assertThat(notSupported.getString("parameters.assessmentId")).isEqualTo(first);
        readiness(project).then().body("checks.find { it.check == 'READINESS_PRE_ASSESSMENT' }.reason",
                equalTo("READINESS_PRE_ASSESSMENT_NOT_SUPPORTED")).body("ready", equalTo(false));

        // A new assessment supersedes it: supported after adjustment at 800,000.00.
        String second = draft(project);
        post(operator, path(second) + "/submit", "0", null).then().statusCode(200);
        post(finance, path(second) + "/review", "1", null).then().statusCode(200).body("agencyId", equalTo(null));
        put(finance, path(second) + "/scores", "2", scores("17.00")).then().statusCode(200).body("total", equalTo(85.0f));
        post(finance, path(second) + "/conclude", "3", "{\"conclusion\":\"SUPPORT_AFTER_ADJUSTMENT\",\"assessedAmount\":1000000.00,\"opinion\":\"x\"}")
                .then().statusCode(422).body("code", equalTo("PRE_ASSESSMENT_ADJUSTED_AMOUNT_NOT_BELOW_REQUESTED"));
        post(finance, path(second) + "/conclude", "3", "{\"conclusion\":\"SUPPORT_AFTER_ADJUSTMENT\",\"assessedAmount\":800000.00,"
                + "\"opinion\":\"压减设备购置费用后予以支持。\"}").then().statusCode(200)
                .body("conclusion.code", equalTo("SUPPORT_AFTER_ADJUSTMENT")).body("assessedAmount", equalTo(800000.0f));

        // One cent above the cap is refused, naming the cap; the cap itself is accepted.
        JsonPath exceeds = put(finance, arrangement(project), null, "{\"amount\":800000.01}").then().statusCode(422)
                .body("code", equalTo("ARRANGEMENT_EXCEEDS_ASSESSED_AMOUNT")).extract().jsonPath();
        assertThat(exceeds.getMap("parameters")).containsEntry("assessedAmount", "800000.00").containsEntry("arrangedAmount", "800000.01")
                .containsEntry("assessmentId", second).containsEntry("excess", "0.01");
        assertThat(exceeds.getString("detail")).contains("800000.00").contains("预算安排额度一律不超过绩效评估确定的额度");
        Response set = put(finance, arrangement(project), null, "{\"amount\":800000.00}");
        set.then().statusCode(201).header("ETag", "\"0\"").body("arranged", equalTo(true)).body("amount", equalTo(800000.0f))
                .body("assessment.cap", equalTo(800000.0f)).body("revisions[0].assessmentId", equalTo(second));
        put(operator, arrangement(project), etag(set), "{\"amount\":1.00}").then().statusCode(403);
        put(finance, arrangement(project), null, "{\"amount\":700000.00}").then().statusCode(412);
        put(finance, arrangement(project), etag(set), "{\"amount\":750000.00}").then().statusCode(200).header("ETag", "\"1\"")
                .body("revisions.amount", equalTo(List.of(800000.0f, 750000.0f)));
        given().auth().oauth2(operator).when().get(arrangement(project)).then().statusCode(200).body("amount", equalTo(750000.0f));

        // Readiness lists both checks with their reasons, in Chinese by default and in English on request.
        readiness(project).then().statusCode(200)
                .body("checks.check[0..2]", equalTo(List.of("READINESS_APPROVED_GOAL", "READINESS_PRE_ASSESSMENT",
                        "READINESS_ARRANGEMENT_WITHIN_ASSESSED_AMOUNT")))   // later checks (funds, ...) follow
                .body("checks[1].passed", equalTo(true)).body("checks[1].reason", equalTo("READINESS_PRE_ASSESSMENT_SUPPORTED"))
                .body("checks[2].passed", equalTo(true)).body("checks[2].reason", equalTo("READINESS_ARRANGEMENT_WITHIN_CAP"))
                .body("checks[2].explanation", equalTo("项目 " + project + " 已安排 750000.00 元，未超过评估 " + second + " 确定的 800000.00 元。"));
        given().auth().oauth2(operator).header("Accept-Language", "en").when().get("/api/v1/projects/" + project + "/readiness")
                .then().statusCode(200).body("checks[1].explanation", equalTo("Assessment " + second
                        + " concluded SUPPORT_AFTER_ADJUSTMENT with an assessed amount of 800000.00 yuan."));

        // Lists filter by project and conclusion; the department sees its unit's assessments.
        given().auth().oauth2(department).queryParam("projectCode", project).queryParam("conclusion", "不予支持")
                .when().get("/api/v1/pre-assessments").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(first));
    }

    @Test
    void anotherUnitAndAnotherAgencyGet404OnEveryOperationAndNeverSeeItInLists() {
        String project = DISTRICT.project(3);
        String id = draft(project);
        post(operator, path(id) + "/submit", "0", null).then().statusCode(200);
        post(finance, path(id) + "/review", "1", "{\"agencyId\":\"ZHENRUI\"}").then().statusCode(200);
        given().auth().oauth2(zhenrui).when().get(path(id)).then().statusCode(200);
        given().auth().oauth2(zhenrui).when().get("/api/v1/pre-assessments").then().statusCode(200).body("items.id", hasItem(id));

        for (String outsider : List.of(otherUnit, otherAgency)) {
            given().auth().oauth2(outsider).when().get(path(id)).then().statusCode(404).body("code", equalTo("PRE_ASSESSMENT_NOT_FOUND"));
            put(outsider, path(id), "2", "{\"purpose\":\"NEW_PROJECT\",\"requestedAmount\":1.00}").then().statusCode(404);
            put(outsider, path(id) + "/scores", "2", scores("1")).then().statusCode(404);
            // Each step with its own body: unknown fields are refused (400) before anything is looked up.
            for (Map.Entry<String, String> step : Map.of("submit", "{}", "review", "{}", "return", "{\"reason\":\"x\"}",
                    "conclude", "{\"conclusion\":\"SUPPORT\",\"opinion\":\"x\"}").entrySet()) {
                post(outsider, path(id) + "/" + step.getKey(), "2", step.getValue()).then().statusCode(404);
            }
            given().auth().oauth2(outsider).when().get("/api/v1/pre-assessments").then().statusCode(200).body("items.id", not(hasItem(id)));
            given().auth().oauth2(outsider).when().get(arrangement(project)).then().statusCode(404);
            put(outsider, arrangement(project), null, "{\"amount\":1.00}").then().statusCode(404);
        }
        post(otherUnit, "/api/v1/pre-assessments", null, "{\"projectCode\":\"" + DISTRICT.project(4) + "\",\"purpose\":\"NEW_PROJECT\","
                + "\"requestedAmount\":1.00}").then().statusCode(404).body("code", equalTo("PRE_ASSESSMENT_PROJECT_NOT_FOUND"))
                .body(not(org.hamcrest.Matchers.containsString(DISTRICT.project(4))));
        given().auth().oauth2(TestTokens.auditor()).when().get(path(id)).then().statusCode(200);
        post(TestTokens.auditor(), path(id) + "/return", "2", "{\"reason\":\"x\"}").then().statusCode(403);
    }

    @Test
    void theCriteriaAreDataEveryoneReadsAndFinanceAdministrationPublishes() {
        Response current = given().auth().oauth2(operator).when().get("/api/v1/assessment-criteria");
        current.then().statusCode(200).body("totalPoints", equalTo(100.0f)).body("criteria.code",
                equalTo(List.of("NECESSITY", "ECONOMY", "GOALS", "FEASIBILITY", "FUNDING")));
        String version = etag(current);
        String standard = "{\"criteria\":[{\"code\":\"NECESSITY\",\"label\":\"申报必要性\",\"maxPoints\":20},"
                + "{\"code\":\"ECONOMY\",\"label\":\"投入经济性\",\"maxPoints\":20},{\"code\":\"GOALS\",\"label\":\"绩效目标合理性\",\"maxPoints\":20},"
                + "{\"code\":\"FEASIBILITY\",\"label\":\"实施方案可行性\",\"maxPoints\":20},{\"code\":\"FUNDING\",\"label\":\"筹资合规性\",\"maxPoints\":20}]}";
        put(finance, "/api/v1/assessment-criteria", version, standard).then().statusCode(403);
        put(admin, "/api/v1/assessment-criteria", "999999", standard).then().statusCode(412);
        put(admin, "/api/v1/assessment-criteria", version, standard.replace("\"maxPoints\":20}]", "\"maxPoints\":25}]"))
                .then().statusCode(400).body("code", equalTo("ASSESSMENT_CRITERIA_POINTS_NOT_100"));
        put(admin, "/api/v1/assessment-criteria", null, standard).then().statusCode(428);
        put(admin, "/api/v1/assessment-criteria", version, standard).then().statusCode(200)
                .header("ETag", "\"" + (Integer.parseInt(version) + 1) + "\"").body("publishedBy", org.hamcrest.Matchers.notNullValue());
    }

    private Response readiness(String project) {
        return given().auth().oauth2(operator).when().get("/api/v1/projects/" + project + "/readiness");
    }
}
