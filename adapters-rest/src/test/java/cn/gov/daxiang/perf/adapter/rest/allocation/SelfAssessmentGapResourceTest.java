package cn.gov.daxiang.perf.adapter.rest.allocation;

import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.command;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.entries;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Self-assessment gaps over HTTP: unit 1 of the 397 department scores its 2006 project itself (the worked example)
 * and the bureau's key evaluation of plan year 2006 scores it at 75 %; the gap is self − key, computed from the two
 * recorded scores. Finance sees it, the unit its own, the department its units, another unit nothing.
 */
@QuarkusTest
class SelfAssessmentGapResourceTest {

    private static final EvaluationFixture DISTRICT = new EvaluationFixture("397", 2006, 3);

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String finance = TestTokens.financeReviewer();
    private final String evaluator = TestTokens.evaluator("ZHENRUI");

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static String indicator(JsonPath evaluation, String name) {
        return evaluation.getString("lines.find { it.name == '" + name + "' }.indicatorId");
    }

    private BigDecimal completedSelfEvaluation(int unit) {
        String goal = DISTRICT.approvedGoal("PROJECT", unit, DISTRICT.workedExampleContent());
        String operator = TestTokens.unitOperator(DISTRICT.unit(unit));
        JsonPath draft = as(operator).body("{\"goalId\":\"" + goal + "\"}").when().post("/api/v1/self-evaluations")
                .then().statusCode(201).extract().jsonPath();
        String id = draft.getString("id");
        String body = """
                {"execution":{"adjustedBudget":3000000.00,"executed":2900000.00},
                 "overallAchievement":"完成改造。",
                 "lines":[
                  {"indicatorId":"%s","actual":12},
                  {"indicatorId":"%s","actual":340},
                  {"indicatorId":"%s","actual":0},
                  {"indicatorId":"%s","actual":1600},
                  {"indicatorId":"%s","tier":"ACHIEVED","percentage":100},
                  {"indicatorId":"%s","actual":93}
                 ]}""".formatted(indicator(draft, "改造小区数量"), indicator(draft, "单位改造成本"), indicator(draft, "安全事故起数"),
                indicator(draft, "受益居民户数"), indicator(draft, "小区长效管理机制"), indicator(draft, "居民满意度"));
        entries(operator, "self-evaluations", id, 0, body).then().statusCode(200);
        command(operator, "self-evaluations", id, "submit", 1, null).then().statusCode(200);
        command(TestTokens.deptReviewer(DISTRICT.department), "self-evaluations", id, "dept-approve", 2, "{\"opinion\":\"同意\"}").then().statusCode(200);
        return new BigDecimal(command(finance, "self-evaluations", id, "finance-approve", 3, null).then().statusCode(200)
                .extract().jsonPath().getString("result.score"));
    }

    private BigDecimal acceptedKeyEvaluation(int unit, String share) {
        return acceptedKeyEvaluation(unit, share, 2006);
    }

    private BigDecimal acceptedKeyEvaluation(int unit, String share, int planYear) {
        Response step = as(finance).body("{\"title\":\"自评偏差测试评价\",\"fiscalYear\":" + planYear + ",\"subjectKind\":\"OTHER_PROJECT\","
                + "\"dueDate\":\"" + planYear + "-10-31\",\"object\":{\"kind\":\"PROJECT\",\"projectCode\":\"" + DISTRICT.project(unit) + "\"}}")
                .when().post("/api/v1/key-evaluations");
        step.then().statusCode(201);
        String at = "/api/v1/key-evaluations/" + step.jsonPath().getString("id");
        step = as(finance).header("If-Match", step.getHeader("ETag")).body("{\"agencyId\":\"ZHENRUI\"}").when().post(at + "/commission");
        step = as(evaluator).header("If-Match", step.getHeader("ETag")).body("{\"frameworkCode\":\"DISTRICT-PROJECT\",\"version\":1}").when().put(at + "/framework");
        List<Map<String, Object>> leaves = step.jsonPath().getList("indicators.children.flatten().children.flatten()");
        StringBuilder sheet = new StringBuilder("{\"scores\":[");
        for (Map<String, Object> leaf : leaves) {
            BigDecimal points = new BigDecimal(leaf.get("points").toString()).multiply(new BigDecimal(share)).setScale(2, RoundingMode.HALF_UP);
            sheet.append("{\"indicatorCode\":\"").append(leaf.get("code")).append("\",\"score\":").append(points.toPlainString())
                    .append(",\"note\":\"测试扣分\"},");
        }
        sheet.setLength(sheet.length() - 1);
        step = as(evaluator).header("If-Match", step.getHeader("ETag")).body("{}").when().post(at + "/fieldwork");
        step = as(evaluator).header("If-Match", step.getHeader("ETag")).body(sheet.append("]}").toString()).when().put(at + "/scores");
        step = as(evaluator).header("If-Match", step.getHeader("ETag")).body("{}").when().post(at + "/submit");
        step.then().statusCode(200);
        return new BigDecimal(as(finance).header("If-Match", step.getHeader("ETag")).body("{}").when().post(at + "/accept")
                .then().statusCode(200).extract().jsonPath().getString("result.score"));
    }

    @Test
    void theGapIsSelfMinusKeyPerUnitAndYearAndEachCallerSeesOnlyItsUnits() {
        BigDecimal self = completedSelfEvaluation(1);
        BigDecimal key = acceptedKeyEvaluation(1, "0.75");
        acceptedKeyEvaluation(2, "0.9"); // unit 2 never scored itself: no pair
        BigDecimal gap = self.subtract(key);

        JsonPath all = given().auth().oauth2(finance).queryParam("fromYear", 2006).queryParam("toYear", 2006).queryParam("unitCode", DISTRICT.unit(1))
                .when().get("/api/v1/self-assessment-gaps").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("rows")).hasSize(1);
        assertThat(all.getInt("rows[0].pairs")).isEqualTo(1);
        assertThat(new BigDecimal(all.getString("rows[0].meanGap"))).isEqualByComparingTo(gap);
        assertThat(new BigDecimal(all.getString("rows[0].meanAbsoluteGap"))).isEqualByComparingTo(gap.abs());
        assertThat(all.getString("rows[0].compared[0].objectRef")).isEqualTo(DISTRICT.project(1));
        assertThat(new BigDecimal(all.getString("rows[0].compared[0].selfScore"))).isEqualByComparingTo(self);
        assertThat(new BigDecimal(all.getString("rows[0].compared[0].keyScore"))).isEqualByComparingTo(key);

        given().auth().oauth2(TestTokens.unitOperator(DISTRICT.unit(1))).queryParam("fromYear", 2006).queryParam("toYear", 2006)
                .when().get("/api/v1/self-assessment-gaps").then().statusCode(200).body("rows.size()", equalTo(1))
                .body("rows[0].unitCode", equalTo(DISTRICT.unit(1)));
        given().auth().oauth2(TestTokens.deptReviewer(DISTRICT.department)).queryParam("fromYear", 2006).queryParam("toYear", 2006)
                .when().get("/api/v1/self-assessment-gaps").then().statusCode(200).body("rows.size()", equalTo(1));
        given().auth().oauth2(TestTokens.unitOperator(DISTRICT.unit(2))).queryParam("fromYear", 2006).queryParam("toYear", 2006)
                .when().get("/api/v1/self-assessment-gaps").then().statusCode(200).body("rows.size()", equalTo(0));
        given().auth().oauth2(TestTokens.auditor()).queryParam("fromYear", 2006).queryParam("toYear", 2006).queryParam("unitCode", DISTRICT.unit(1))
                .when().get("/api/v1/self-assessment-gaps").then().statusCode(200).body("rows.size()", equalTo(1));
        given().auth().oauth2(finance).queryParam("fromYear", 2007).queryParam("toYear", 2006)
                .when().get("/api/v1/self-assessment-gaps").then().statusCode(400).body("code", equalTo("SELF_ASSESSMENT_GAP_YEARS_INVALID"));
        given().auth().oauth2(finance).queryParam("toYear", 2006).when().get("/api/v1/self-assessment-gaps").then().statusCode(400);

        // Budget year 2008 rests on the self-evaluations of fiscal year 2006 and the key evaluations of plan year 2007: unit 3
        // evaluated only itself, so its decision rests on its self-evaluation; unit 1's project also has a 2007 key
        // evaluation, which counts over its self-evaluation (key over self, the default precedence).
        BigDecimal selfOnly = completedSelfEvaluation(3);
        BigDecimal later = acceptedKeyEvaluation(1, "0.5", 2007);
        JsonPath proposed = as(finance).when().post("/api/v1/allocation-decisions/proposals?budgetYear=2008").then().statusCode(201)
                .extract().jsonPath();
        String first = "decisions.find { it.object.projectCode == '" + DISTRICT.project(1) + "' }";
        String third = "decisions.find { it.object.projectCode == '" + DISTRICT.project(3) + "' }";
        assertThat(proposed.getString(first + ".evaluation.type.code")).isEqualTo("KEY_EVALUATION");
        assertThat(new BigDecimal(proposed.getString(first + ".evaluation.score"))).isEqualByComparingTo(later);
        assertThat(proposed.getString(first + ".treatment.code")).isEqualTo("CANCEL");
        assertThat(proposed.getString(third + ".evaluation.type.code")).isEqualTo("SELF_EVALUATION");
        assertThat(new BigDecimal(proposed.getString(third + ".evaluation.score"))).isEqualByComparingTo(selfOnly);
        assertThat(proposed.getInt(third + ".evaluation.evaluatedYear")).isEqualTo(2006);
    }
}
