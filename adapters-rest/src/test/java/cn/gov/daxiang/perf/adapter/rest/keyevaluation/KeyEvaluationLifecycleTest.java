package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The must-show of issue 12 over REST, as each role would: finance plans a key evaluation of a 专项债券 project (the
 * housing centre's 2024 renovation) and commissions 臻瑞; its evaluator sets the district framework, scores, records
 * findings and submits; finance returns it once, then accepts it; score, grade (district scheme: 优 ≥ 90, 良 ≥ 80) and
 * scheme are recorded. The other agency's evaluator gets 404 for every operation; the unit sees it only once accepted,
 * and only its own. Plan year 2026 is this class's own, so the summary counts only what it did.
 */
@QuarkusTest
class KeyEvaluationLifecycleTest {

    private static final int YEAR = 2026;

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String finance = TestTokens.financeReviewer();
    private final String admin = TestTokens.financeAdmin();
    private final String zhenrui = TestTokens.evaluator("ZHENRUI");
    private final String other = TestTokens.evaluator("OTHERAGENCY");
    private final String centre = TestTokens.unitOperator(DistrictFixture.HOUSING_CENTRE);
    private final String housing = TestTokens.deptReviewer(DistrictFixture.HOUSING);
    private final String kindergarten = TestTokens.unitOperator(DistrictFixture.KINDERGARTEN);

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
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

    private static String sheet(Map<String, String> deductions) {
        Map<String, String> points = new java.util.LinkedHashMap<>();
        String[][] leaves = {{"A11", "4"}, {"A12", "4"}, {"A21", "6"}, {"A22", "6"}, {"B11", "4"}, {"B12", "4"}, {"B21", "6"}, {"B22", "6"},
                {"C11", "10"}, {"C12", "10"}, {"C13", "8"}, {"C14", "7"}, {"C21", "15"}, {"C22", "10"}};
        for (String[] leaf : leaves) {
            points.put(leaf[0], leaf[1]);
        }
        StringBuilder body = new StringBuilder("{\"scores\":[");
        points.forEach((code, full) -> {
            String score = deductions.getOrDefault(code, full);
            String note = deductions.containsKey(code) ? ",\"note\":\"扣分：" + code + "未完全达标\"" : "";
            body.append("{\"indicatorCode\":\"").append(code).append("\",\"score\":").append(score).append(note).append("},");
        });
        body.setLength(body.length() - 1);
        return body.append("]}").toString();
    }

    @Test
    void financePlansCommissionsReturnsOnceAndAcceptsTheAgencyScoresAndSubmitsOthersSeeNothing() {
        Response planned = as(finance).header("Idempotency-Key", "ke-plan-" + YEAR)
                .body("{\"title\":\"2024年度城镇老旧小区改造项目重点评价\",\"fiscalYear\":" + YEAR + ",\"subjectKind\":\"SPECIAL_BOND\",\"dueDate\":\""
                        + YEAR + "-10-31\",\"object\":{\"kind\":\"PROJECT\",\"projectCode\":\"" + DistrictFixture.RENOVATION_2024 + "\"}}")
                .when().post("/api/v1/key-evaluations");
        planned.then().statusCode(201).body("state.code", equalTo("PLANNED")).body("coveredAmount", equalTo(42500000.50f))
                .body("coveredWanYuan", equalTo(4250.00f)).body("category.code", equalTo("SPECIAL_FUND"))
                .body("object.projects[0].name", equalTo("2024年度城镇老旧小区改造项目")).body("object.name", equalTo("2024年度城镇老旧小区改造项目"));
        String id = planned.jsonPath().getString("id");
        assertThat(planned.getHeader("Location")).endsWith("/api/v1/key-evaluations/" + id);
        String at = "/api/v1/key-evaluations/" + id;
        as(zhenrui).when().get(at).then().statusCode(404).body("code", equalTo("KEY_EVALUATION_NOT_FOUND"));
        as(zhenrui, 0).body("{}").when().post(at + "/fieldwork").then().statusCode(404);

        long rev = revision(as(finance, 0).body("{\"agencyId\":\"ZHENRUI\"}").when().post(at + "/commission")
                .then().statusCode(200).body("state.code", equalTo("COMMISSIONED")).body("agency.name", equalTo("邵阳臻瑞咨询服务有限责任公司")).extract().response());
        rev = revision(as(zhenrui, rev).body("{\"frameworkCode\":\"DISTRICT-PROJECT\",\"version\":1}").when().put(at + "/framework")
                .then().statusCode(200).body("state.code", equalTo("FRAMEWORK_SET")).body("indicators[0].name", equalTo("项目支出"))
                .body("indicators[2].points", equalTo(60.00f)).extract().response());
        rev = revision(as(zhenrui, rev).body("{}").when().post(at + "/fieldwork").then().statusCode(200).body("state.code", equalTo("FIELDWORK"))
                .extract().response());

        // A sheet with bad lines changes nothing and names every one of them.
        as(zhenrui, rev).body("{\"scores\":[{\"indicatorCode\":\"A11\",\"score\":5,\"note\":\"x\"},{\"indicatorCode\":\"C\",\"score\":1},"
                        + "{\"indicatorCode\":\"C22\",\"score\":8}]}").when().put(at + "/scores")
                .then().statusCode(422).body("code", equalTo("KEY_EVALUATION_SCORES_REJECTED"))
                .body("violations.field", equalTo(List.of("scores[0]", "scores[1]", "scores[2]")))
                .body("violations.code", equalTo(List.of("SCORE_NOT_WITHIN_POINTS", "SCORE_INDICATOR_NOT_LEVEL3", "SCORE_NOTE_REQUIRED")));
        as(zhenrui, rev).body("{}").when().post(at + "/submit").then().statusCode(422).body("code", equalTo("KEY_EVALUATION_NOT_FULLY_SCORED"));

        rev = revision(as(zhenrui, rev).body(sheet(Map.of("C21", "8", "C22", "8.5"))).when().put(at + "/scores")
                .then().statusCode(200).body("scoredTotal", equalTo(91.50f)).extract().response());
        rev = revision(as(zhenrui, rev).body("{\"findings\":[{\"text\":\"满意度调查样本不足\",\"indicatorCode\":\"C22\",\"rectification\":{\"responsibleUnitCode\":\""
                        + DistrictFixture.HOUSING_CENTRE + "\"}}],\"suggestions\":[{\"text\":\"扩大满意度调查覆盖面\"}]}").when().put(at + "/findings")
                .then().statusCode(200).body("findings[0].responsibleUnitCode", equalTo(DistrictFixture.HOUSING_CENTRE)).extract().response());
        rev = revision(as(zhenrui, rev).body("{}").when().post(at + "/submit").then().statusCode(200).body("state.code", equalTo("REPORT_SUBMITTED"))
                .body("result.score", equalTo(91.50f)).body("result.grade.code", equalTo("EXCELLENT")).body("result.schemeId", equalTo("district-2024"))
                .extract().response());
        as(centre).when().get(at).then().statusCode(404);
        // allowedActions are the caller's: finance is offered RETURN and ACCEPT; the evaluator who submitted and an auditor nothing.
        as(finance).when().get(at).then().statusCode(200).body("allowedActions.code", equalTo(List.of("RETURN", "ACCEPT")))
                .body("allowedActions[1].label", equalTo("验收"));
        for (String outside : List.of(zhenrui, TestTokens.auditor())) {
            as(outside).when().get(at).then().statusCode(200).body("allowedActions.size()", equalTo(0));
        }

        rev = revision(as(finance, rev).body("{\"reasons\":[\"实施效益评分依据不足\"]}").when().post(at + "/return")
                .then().statusCode(200).body("state.code", equalTo("RETURNED")).body("reworkRounds", equalTo(1)).extract().response());
        rev = revision(as(zhenrui, rev).body("{\"scores\":[{\"indicatorCode\":\"C21\",\"score\":5,\"note\":\"补充核查后效益明显不足\"}]}")
                .when().put(at + "/scores").then().statusCode(200).extract().response());
        rev = revision(as(zhenrui, rev).body("{}").when().post(at + "/submit").then().statusCode(200)
                .body("result.score", equalTo(88.50f)).body("result.grade.code", equalTo("GOOD")).body("result.grade.label", equalTo("良"))
                .body("submissions.size()", equalTo(2)).extract().response());
        as(finance, rev - 1).body("{}").when().post(at + "/accept").then().statusCode(412);
        as(finance).body("{}").when().post(at + "/accept").then().statusCode(428);
        rev = revision(as(finance, rev).body("{}").when().post(at + "/accept").then().statusCode(200).body("state.code", equalTo("ACCEPTED"))
                .body("result.score", equalTo(88.50f)).body("result.schemeId", equalTo("district-2024")).body("allowedActions.size()", equalTo(0))
                .body("findings[0].rectificationDeadline", equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60).toString()))
                .extract().response());

        // The other agency's evaluator: not found, whatever it tries.
        as(other).when().get(at).then().statusCode(404);
        for (String[] op : new String[][]{{"post", "/commission", "{\"agencyId\":\"OTHERAGENCY\"}"}, {"put", "/framework", "{\"frameworkCode\":\"DISTRICT-PROJECT\",\"version\":1}"},
                {"post", "/fieldwork", "{}"}, {"put", "/scores", sheet(Map.of())}, {"put", "/findings", "{}"}, {"post", "/submit", "{}"},
                {"post", "/return", "{\"reasons\":[\"x\"]}"}, {"post", "/accept", "{}"}}) {
            as(other, rev).body(op[2]).when().request(op[0].toUpperCase(), at + op[1]).then().statusCode(404)
                    .body("code", equalTo("KEY_EVALUATION_NOT_FOUND"));
        }
        as(other).when().get("/api/v1/key-evaluations?fiscalYear=" + YEAR).then().statusCode(200).body("total", equalTo(0));

        // The unit and its department see it now, and change nothing; other units never see it.
        as(centre).when().get(at).then().statusCode(200).body("result.grade.code", equalTo("GOOD"));
        as(housing).when().get(at).then().statusCode(200);
        as(centre, rev).body("{\"reasons\":[\"x\"]}").when().post(at + "/return").then().statusCode(403);
        as(kindergarten).when().get(at).then().statusCode(404);
        as(kindergarten).when().get("/api/v1/key-evaluations").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(zhenrui).when().get("/api/v1/key-evaluations?fiscalYear=" + YEAR + "&state=ACCEPTED&agencyId=ZHENRUI&subjectKind=SPECIAL_BOND")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        // Coded filters take the label too (已验收, 专项债券), and a row carries the object's and the agency's names.
        as(zhenrui).when().get("/api/v1/key-evaluations?fiscalYear=" + YEAR + "&state=已验收&subjectKind=专项债券")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].object.name", equalTo("2024年度城镇老旧小区改造项目")).body("items[0].agency.name", equalTo("邵阳臻瑞咨询服务有限责任公司"));

        // The summary: computed from what the caller may see.
        as(TestTokens.auditor()).when().get("/api/v1/key-evaluations/summary?fiscalYear=" + YEAR).then().statusCode(200)
                .body("count", equalTo(1)).body("totalAmount", equalTo(42500000.50f)).body("totalWanYuan", equalTo(4250.0f))
                .body("bySubjectKind[0].subjectKind.code", equalTo("SPECIAL_BOND")).body("grades[0].grade.code", equalTo("GOOD"))
                .body("averages[0].category.code", equalTo("SPECIAL_FUND")).body("averages[0].averageScore", equalTo(88.50f));
        as(kindergarten).when().get("/api/v1/key-evaluations/summary?fiscalYear=" + YEAR).then().statusCode(200).body("count", equalTo(0));
        as(finance).when().get("/api/v1/key-evaluations/summary").then().statusCode(400);
    }

    @Test
    void aKindNamedAfterAProjectKindNeedsProjectsOfThatKindAndOnlyFinancePlans() {
        String body = "{\"title\":\"幼儿园建设专项债券评价\",\"fiscalYear\":" + YEAR + ",\"subjectKind\":\"SPECIAL_BOND\",\"dueDate\":\"" + YEAR
                + "-10-31\",\"object\":{\"kind\":\"SPECIAL_FUND\",\"fundName\":\"教育专项\",\"projectCodes\":[\"" + DistrictFixture.KINDERGARTEN_BUILD + "\"]}}";
        as(finance).body(body).when().post("/api/v1/key-evaluations").then().statusCode(422)
                .body("code", equalTo("KEY_EVALUATION_PROJECT_NOT_OF_KIND"));
        as(zhenrui).body(body).when().post("/api/v1/key-evaluations").then().statusCode(403);
        as(finance).body(body.replace("\"dueDate\":\"" + YEAR + "-10-31\",", "")).when().post("/api/v1/key-evaluations").then().statusCode(400)
                .body("violations[0].field", equalTo("dueDate"));
    }

    @Test
    void agenciesAreManagedByFinanceAdministrationAndFrameworksAreVersionedData() {
        Response registered = as(admin).body("{\"agencyId\":\"KE-TEST-AGENCY\",\"name\":\"测试评价机构\",\"creditCode\":\"91430500MA4L0R1X2Y\","
                + "\"evaluators\":[{\"userId\":\"ke-test-evaluator\",\"name\":\"测试评价员\"}]}").when().post("/api/v1/agencies");
        registered.then().statusCode(201).body("evaluators[0].userId", equalTo("ke-test-evaluator"));
        as(admin, revision(registered)).body("{\"userId\":\"ke-second\",\"name\":\"第二评价员\"}").when().post("/api/v1/agencies/KE-TEST-AGENCY/evaluators")
                .then().statusCode(200).body("evaluators.size()", equalTo(2));
        as(admin, 1).body("{}").when().post("/api/v1/agencies/KE-TEST-AGENCY/evaluators/ke-test-evaluator/remove")
                .then().statusCode(200).body("evaluators.userId", equalTo(List.of("ke-second")));
        as(finance).body("{\"agencyId\":\"KE-X\",\"name\":\"x\"}").when().post("/api/v1/agencies").then().statusCode(403);
        as(finance).when().get("/api/v1/agencies").then().statusCode(200).body("agencyId", hasItem("ZHENRUI"));
        as(zhenrui).when().get("/api/v1/agencies").then().statusCode(200).body("agencyId", equalTo(List.of("ZHENRUI")));
        as(other).when().get("/api/v1/agencies/ZHENRUI").then().statusCode(404);
        as(centre).when().get("/api/v1/agencies").then().statusCode(403);

        as(centre).when().get("/api/v1/evaluation-frameworks").then().statusCode(200).body("code", hasItem("NATIONAL-PROJECT"));
        as(centre).header("Accept-Language", "en").when().get("/api/v1/evaluation-frameworks/NATIONAL-PROJECT/versions/1").then().statusCode(200)
                .body("indicators.name", equalTo(List.of("决策", "过程", "产出", "效益"))).body("level1Points.C", equalTo(35.00f));
        String tree = "[{\"code\":\"A\",\"name\":\"决策\",\"children\":[{\"code\":\"A1\",\"name\":\"立项\",\"children\":[{\"code\":\"A11\",\"name\":\"依据\",\"points\":50}]}]},"
                + "{\"code\":\"C\",\"name\":\"产出\",\"children\":[{\"code\":\"C1\",\"name\":\"数量\",\"children\":[{\"code\":\"C11\",\"name\":\"完成率\",\"points\":50}]}]}]";
        as(admin).body("{\"name\":\"测试指标体系\",\"objectKind\":\"PROJECT\",\"resultGroups\":[\"C\"],\"indicators\":" + tree + "}")
                .when().post("/api/v1/evaluation-frameworks/KE-TEST/versions").then().statusCode(201).body("version", equalTo(1))
                .body("warnings[0].code", equalTo("RESULT_INDICATORS_BELOW_60"));
        as(admin).body("{\"name\":\"测试指标体系\",\"objectKind\":\"PROJECT\",\"indicators\":" + tree.replace("\"points\":50}]}]}]", "\"points\":49}]}]}]") + "}")
                .when().post("/api/v1/evaluation-frameworks/KE-TEST/versions").then().statusCode(400).body("code", equalTo("INDICATOR_POINTS_NOT_100"));
        as(admin).body("{\"name\":\"测试指标体系（二）\",\"objectKind\":\"PROJECT\",\"indicators\":" + tree + "}")
                .when().post("/api/v1/evaluation-frameworks/KE-TEST/versions").then().statusCode(201).body("version", equalTo(2));
        as(finance).body("{\"name\":\"x\",\"objectKind\":\"PROJECT\",\"indicators\":" + tree + "}")
                .when().post("/api/v1/evaluation-frameworks/KE-TEST/versions").then().statusCode(403);
        as(centre).when().get("/api/v1/evaluation-frameworks/KE-TEST/versions/1").then().statusCode(200).body("name", equalTo("测试指标体系"));
    }
}
