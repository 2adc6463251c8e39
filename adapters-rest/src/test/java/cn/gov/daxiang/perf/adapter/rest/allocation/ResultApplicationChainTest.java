package cn.gov.daxiang.perf.adapter.rest.allocation;

import cn.gov.daxiang.perf.adapter.rest.TestClock;
import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Json;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.command;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.entries;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The whole result-application chain over REST, as each role does it, on one piece of work: unit 1's project of 2004
 * (测试项目436-1) and its continuation of 2005 under the new code the province gives it every year. The 2004 project is
 * assessed ex ante and arranged within the assessed amount; its goal is approved; the unit evaluates itself; finance has
 * 臻瑞 evaluate it (75.00: 中 on the national scheme in force for 2004; the district's 较差 band starts in 2024) with a
 * finding that proposes a rectification; finance proposes
 * the 2005 decisions (减少资金或整合项目 −10 %), overrides this one with a reason (−20 %); the rectification goes overdue
 * as the clock passes its deadline; the 2005 continuation, arranged above the reduced amount, is refused entry into the
 * library with every failing check and its reason listed. The annual reports of 2004 and 2005 count the same records.
 * Years 2004/2005 and units 436xxx are this class's own.
 */
@QuarkusTest
class ResultApplicationChainTest {

    private static final EvaluationFixture EVALUATED = new EvaluationFixture("436", 2004, 1);
    private static final EvaluationFixture CONTINUED = new EvaluationFixture("436", 2005, 1);

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @Inject
    TestClock clock;

    private final String finance = TestTokens.financeReviewer();
    private final String evaluator = TestTokens.evaluator("ZHENRUI");
    private final String operator = TestTokens.unitOperator(EVALUATED.unit(1));

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, EVALUATED.batch());
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, CONTINUED.batch());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static RequestSpecification as(String token, String etag) {
        return as(token).header("If-Match", etag);
    }

    private static String id(JsonPath json, String indicator) {
        return json.getString("lines.find { it.name == '" + indicator + "' }.indicatorId");
    }

    @Test
    void assessmentGoalSelfEvaluationKeyEvaluationGradeDecisionOverrideOverdueRectificationAndTheLibraryRefusedWithEveryReason() {
        String project = EVALUATED.project(1);
        String continuation = CONTINUED.project(1);

        // 1. Ex-ante assessment of the new 2004 project: supported after adjustment at 2,800,000.00; arranged within it.
        Response step = as(operator).body("{\"projectCode\":\"" + project + "\",\"purpose\":\"NEW_PROJECT\",\"requestedAmount\":3000000.00,"
                + "\"summary\":\"老旧小区改造\"}").when().post("/api/v1/pre-assessments");
        step.then().statusCode(201);
        String assessment = "/api/v1/pre-assessments/" + step.jsonPath().getString("id");
        as(operator, "\"0\"").body("{}").when().post(assessment + "/submit").then().statusCode(200);
        as(finance, "\"1\"").body("{}").when().post(assessment + "/review").then().statusCode(200);
        as(finance, "\"2\"").body("{\"scores\":[" + String.join(",", List.of("NECESSITY", "ECONOMY", "GOALS", "FEASIBILITY", "FUNDING").stream()
                .map(c -> "{\"code\":\"" + c + "\",\"points\":17,\"comment\":\"评估意见\"}").toList()) + "]}").when().put(assessment + "/scores")
                .then().statusCode(200);
        as(finance, "\"3\"").body("{\"conclusion\":\"SUPPORT_AFTER_ADJUSTMENT\",\"assessedAmount\":2800000.00,\"opinion\":\"压减后予以支持\"}")
                .when().post(assessment + "/conclude").then().statusCode(200).body("conclusion.code", equalTo("SUPPORT_AFTER_ADJUSTMENT"));
        as(finance).body("{\"amount\":2800000.00}").when().put("/api/v1/projects/" + project + "/budget-arrangement").then().statusCode(201);

        // 2. Its goal, declared by the unit, reviewed by the department and finance, approved.
        String goal = EVALUATED.approvedGoal("PROJECT", 1, EVALUATED.workedExampleContent());

        // 3. The unit's self-evaluation after the year: every target met, the unit's own execution figures (none synced).
        step = as(operator).body("{\"goalId\":\"" + goal + "\"}").when().post("/api/v1/self-evaluations");
        step.then().statusCode(201);
        JsonPath draft = Json.of(step);
        String selfEvaluation = draft.getString("id");
        entries(operator, "self-evaluations", selfEvaluation, 0, """
                {"execution":{"adjustedBudget":2800000.00,"executed":2750000.00},
                 "lines":[
                  {"indicatorId":"%s","actual":12},{"indicatorId":"%s","actual":350},{"indicatorId":"%s","actual":0},
                  {"indicatorId":"%s","actual":1500},{"indicatorId":"%s","tier":"ACHIEVED","percentage":100},{"indicatorId":"%s","actual":95}
                 ]}""".formatted(id(draft, "改造小区数量"), id(draft, "单位改造成本"), id(draft, "安全事故起数"), id(draft, "受益居民户数"),
                id(draft, "小区长效管理机制"), id(draft, "居民满意度"))).then().statusCode(200).body("execution.source.code", equalTo("UNIT"));
        command(operator, "self-evaluations", selfEvaluation, "submit", 1, null).then().statusCode(200);

        // 4. The key evaluation of plan year 2004 by 臻瑞: every leaf at 75 % of its points, one finding proposing a rectification.
        step = as(finance).body("{\"title\":\"测试项目436-1重点绩效评价\",\"fiscalYear\":2004,\"subjectKind\":\"OTHER_PROJECT\","
                + "\"dueDate\":\"2004-10-31\",\"object\":{\"kind\":\"PROJECT\",\"projectCode\":\"" + project + "\"}}").when().post("/api/v1/key-evaluations");
        step.then().statusCode(201);
        String keyEvaluationId = step.jsonPath().getString("id");
        String at = "/api/v1/key-evaluations/" + keyEvaluationId;
        step = as(finance, step.getHeader("ETag")).body("{\"agencyId\":\"ZHENRUI\"}").when().post(at + "/commission");
        step = as(evaluator, step.getHeader("ETag")).body("{\"frameworkCode\":\"DISTRICT-PROJECT\",\"version\":1}").when().put(at + "/framework");
        step.then().statusCode(200);
        List<Map<String, Object>> leaves = step.jsonPath().getList("indicators.children.flatten().children.flatten()");
        StringBuilder sheet = new StringBuilder("{\"scores\":[");
        for (Map<String, Object> leaf : leaves) {
            BigDecimal points = new BigDecimal(leaf.get("points").toString()).multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.HALF_UP);
            sheet.append("{\"indicatorCode\":\"").append(leaf.get("code")).append("\",\"score\":").append(points.toPlainString())
                    .append(",\"note\":\"部分目标未完成\"},");
        }
        sheet.setLength(sheet.length() - 1);
        step = as(evaluator, step.getHeader("ETag")).body("{}").when().post(at + "/fieldwork");
        step = as(evaluator, step.getHeader("ETag")).body(sheet.append("]}").toString()).when().put(at + "/scores");
        step.then().statusCode(200);
        step = as(evaluator, step.getHeader("ETag")).body("{\"findings\":[{\"text\":\"改造资金拨付滞后，部分小区未按期完工\",\"rectification\":"
                + "{\"responsibleUnitCode\":\"" + EVALUATED.unit(1) + "\"}}],\"suggestions\":[{\"text\":\"按工程进度及时拨付资金\"}]}")
                .when().put(at + "/findings");
        step.then().statusCode(200);
        step = as(evaluator, step.getHeader("ETag")).body("{}").when().post(at + "/submit");

        // 5. The grade: 75.00 on the scheme for key evaluations of 2004 (the national one: 中 from 60) is 中; finance accepts.
        step.then().statusCode(200).body("result.score", equalTo(75.00f)).body("result.grade.code", equalTo("MEDIUM")).body("result.grade.label", equalTo("中"));
        as(finance, step.getHeader("ETag")).body("{}").when().post(at + "/accept").then().statusCode(200).body("state.code", equalTo("ACCEPTED"));

        // Acceptance issued the finding's rectification to the unit, due 60 days later.
        JsonPath items = as(operator).when().get("/api/v1/rectifications?evaluation=" + keyEvaluationId).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].overdue", equalTo(false)).extract().jsonPath();
        String rectification = items.getString("items[0].id");

        // 6. The proposed decision for the 2005 budget: key over self, 中 → 减少资金或整合项目 −10 % of 3,000,000.00.
        JsonPath proposals = as(finance).when().post("/api/v1/allocation-decisions/proposals?budgetYear=2005").then().statusCode(201)
                .extract().jsonPath();
        Map<String, Object> proposed = proposals.getMap("decisions.find { it.object.unitCode == '" + EVALUATED.unit(1) + "' }");
        assertThat(proposed).as("the proposal about unit 1's project").isNotNull();
        String decision = "/api/v1/allocation-decisions/" + proposed.get("id");
        as(finance).when().get(decision).then().statusCode(200).body("state.code", equalTo("PROPOSED"))
                .body("evaluation.type.code", equalTo("KEY_EVALUATION")).body("evaluation.id", equalTo(keyEvaluationId))
                .body("evaluation.score", equalTo(75.00f)).body("evaluation.grade.code", equalTo("MEDIUM"))
                .body("treatment.code", equalTo("REDUCE_OR_MERGE")).body("adjustmentPercent", equalTo(-10.0f))
                .body("baseAmount", equalTo(3000000.00f)).body("adjustedAmount", equalTo(2700000.00f));

        // 7. Finance overrides: without a reason refused, nothing changed; with one confirmed at −20 %.
        as(finance, "\"0\"").body("{\"treatment\":\"REDUCE_OR_MERGE\",\"adjustmentPercent\":-20}").when().post(decision + "/override")
                .then().statusCode(422).body("code", equalTo("ALLOCATION_OVERRIDE_REASON_REQUIRED"));
        as(finance, "\"0\"").body("{\"treatment\":\"REDUCE_OR_MERGE\",\"adjustmentPercent\":-20,\"reason\":\"整改未到位，进一步压减\"}")
                .when().post(decision + "/override").then().statusCode(200).body("state.code", equalTo("CONFIRMED"))
                .body("overrideReason", equalTo("整改未到位，进一步压减")).body("adjustedAmount", equalTo(2400000.00f));

        // 8. The rectification goes overdue as the clock passes its deadline: computed on read, nothing set it.
        clock.advance(Duration.ofDays(62));
        as(operator).when().get("/api/v1/rectifications/" + rectification).then().statusCode(200)
                .body("overdue", equalTo(true)).body("state.code", equalTo("ISSUED"));

        // 9. The 2005 continuation (same unit, same name, new code), arranged at 2,600,000.00 as ONGOING work: refused
        //    entry into the library with every failing check, each with its reason and figures.
        as(finance).body("{\"amount\":2600000.00,\"classification\":\"ONGOING\",\"classificationReason\":\"延续实施\"}")
                .when().put("/api/v1/projects/" + continuation + "/budget-arrangement").then().statusCode(201);
        JsonPath refused = Json.of(as(finance).when().post("/api/v1/projects/" + continuation + "/library-entry").then().statusCode(422)
                .body("code", equalTo("PROJECT_NOT_READY")).extract().response());
        assertThat(refused.getList("parameters.failures.check")).containsExactly("READINESS_APPROVED_GOAL", "READINESS_ALLOCATION_DECISION",
                "READINESS_NO_OVERDUE_RECTIFICATION");
        assertThat(refused.getList("parameters.failures.reason")).containsExactly("READINESS_GOAL_MISSING",
                "READINESS_ALLOCATION_EXCEEDS_REDUCED_AMOUNT", "READINESS_RECTIFICATION_OVERDUE");
        assertThat(refused.getString("parameters.failures[2].arguments.rectifications[0].id")).isEqualTo(rectification);
        assertThat(refused.getString("parameters.failures[2].arguments.rectifications[0].projectCode")).isEqualTo(project);
        JsonPath readiness = as(finance).when().get("/api/v1/projects/" + continuation + "/readiness").then().statusCode(200)
                .body("ready", equalTo(false)).extract().jsonPath();
        assertThat(readiness.getList("checks.findAll { !it.passed }.check")).containsExactlyElementsOf(refused.getList("parameters.failures.check"));
        assertThat(readiness.getString("checks.find { it.check == 'READINESS_ALLOCATION_DECISION' }.explanation"))
                .contains("2600000.00", "2400000.00", "减少资金或整合项目");
        as(finance).when().get("/api/v1/projects/" + continuation).then().statusCode(200).body("library.status.code", equalTo("NOT_ENTERED"));

        // The annual reports count the same records: the 2004 work (key evaluation, grade, rectification now overdue) and
        // the 2005 budget's result application.
        JsonPath report2004 = Json.of(as(TestTokens.auditor()).when().get("/api/v1/annual-reports/2004").then().statusCode(200).extract().response());
        assertThat(report2004.getInt("keyEvaluations.count")).isEqualTo(1);
        assertThat(report2004.getInt("gradeDistribution.keyEvaluations.find { it.grade.code == 'MEDIUM' }.count")).isEqualTo(1);
        assertThat(report2004.getLong("rectifications.items")).isEqualTo(1);
        assertThat(report2004.getLong("rectifications.overdue")).isEqualTo(1);
        JsonPath report2005 = Json.of(as(TestTokens.auditor()).when().get("/api/v1/annual-reports/2005").then().statusCode(200).extract().response());
        assertThat(report2005.getInt("allocationDecisions.confirmed")).isEqualTo(1);
        assertThat(report2005.getInt("allocationDecisions.byTreatment.find { it.treatment.code == 'REDUCE_OR_MERGE' }.count")).isEqualTo(1);
        assertThat(Json.decimal(report2005, "allocationDecisions.base.wanYuan")).isEqualByComparingTo("300.00");
        assertThat(Json.decimal(report2005, "allocationDecisions.adjusted.wanYuan")).isEqualByComparingTo("240.00");
        assertThat(report2005.getList("paragraphs.zh", String.class)).anyMatch(p -> p.startsWith("在编制2005年度预算安排时")
                && p.contains("减少资金或整合项目1个") && p.contains("调整后安排240.00万元"));
    }
}
