package cn.gov.daxiang.perf.adapter.rest.fuzz;

import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Json;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalDeclarationWorkbook;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalSheetRow;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

/**
 * One regression test per root cause the fuzz test ({@link ApiFuzzTest}) found: each bad input is a 400 (422 for a
 * declaration table) naming the field, the allowed range and decimals where it is a number, and changes nothing.
 */
@QuarkusTest
class BadInputTest {

    private static final EvaluationFixture DISTRICT = new EvaluationFixture("392", 2019, 2);
    private static final String GOALS = "/api/v1/performance-goals";
    private static String approved;

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String operator = TestTokens.unitOperator(DISTRICT.unit(2));
    private final String finance = TestTokens.financeReviewer();

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
        if (approved == null) {
            approved = DISTRICT.approvedGoal("PROJECT", 1, DISTRICT.workedExampleContent());
        }
    }

    /** Unit 2's declaration with its first indicator's target as the given JSON literal. */
    private static String declarationWithTarget(String target) {
        return DISTRICT.declareBody("PROJECT", 2, DISTRICT.workedExampleContent().replaceFirst("\"targetValue\":12", "\"targetValue\":" + target));
    }

    private static int goalsOfUnit2() {
        return given().auth().oauth2(TestTokens.unitOperator(DISTRICT.unit(2))).queryParam("unitCode", DISTRICT.unit(2))
                .when().get(GOALS).then().statusCode(200).extract().jsonPath().getInt("total");
    }

    @Test
    void aGoalDeclaredWithABlankKindOrUnitCodeIs400NamingTheField() {
        String good = DISTRICT.declareBody("PROJECT", 2, DISTRICT.workedExampleContent());
        as(operator).body(good.replace("\"kind\":\"PROJECT\"", "\"kind\":\" \"")).when().post(GOALS)
                .then().statusCode(400).body("code", equalTo("VALUE_NOT_ALLOWED")).body("violations[0].field", equalTo("kind"));
        as(operator).body(good.replace("\"unitCode\":\"" + DISTRICT.unit(2) + "\"", "\"unitCode\":\"\"")).when().post(GOALS)
                .then().statusCode(400).body("violations[0].field", equalTo("unitCode"));
    }

    @Test
    void aTargetValueTooLargeForItsColumnIs400NamingTheIndicatorsTargetValueAndTheRange() {
        int before = goalsOfUnit2();
        for (String tooLarge : List.of("1e18", "1000000000000000000", "1e308")) {
            as(operator).body(declarationWithTarget(tooLarge)).when().post(GOALS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("NUMBER_OUT_OF_RANGE"))
                    .body("violations[0].field", equalTo("content.indicators[0].targetValue"))
                    .body("detail", containsString("999999999999999999.999999"));
        }
        given().auth().oauth2(operator).header("Accept-Language", "en").contentType("application/json").body(declarationWithTarget("1e18"))
                .when().post(GOALS).then().statusCode(400)
                .body("detail", equalTo("The value 1000000000000000000 of content.indicators[0].targetValue is out of range: it must lie "
                        + "between -999999999999999999.999999 and 999999999999999999.999999, with at most 6 decimals."));
        assertThat(goalsOfUnit2()).isEqualTo(before);
    }

    @Test
    void aTargetValueWithMoreThanSixDecimalsIs400NotStoredRounded() {
        for (String tooPrecise : List.of("1e-7", "12.123456789")) {
            as(operator).body(declarationWithTarget(tooPrecise)).when().post(GOALS)
                    .then().statusCode(400).body("code", equalTo("NUMBER_TOO_PRECISE"))
                    .body("violations[0].field", equalTo("content.indicators[0].targetValue"));
        }
    }

    @Test
    void aTargetValueWithSixDecimalsIsKeptExactly() {
        // unit 2's department-overall goal (unit 2's project stays free for the declarations the other tests refuse)
        String body = DISTRICT.declareBody("DEPARTMENT_OVERALL", 2, DISTRICT.workedExampleContent()
                .replaceFirst("\"targetValue\":12", "\"targetValue\":12.123456"));
        String id = as(operator).body(body).when().post(GOALS).then().statusCode(201).extract().jsonPath().getString("id");
        JsonPath stored = Json.of(given().auth().oauth2(operator).when().get(GOALS + "/" + id).then().statusCode(200).extract().response());
        assertThat(Json.decimal(stored, "current.content.indicators[0].targetValue")).isEqualByComparingTo("12.123456");
    }

    @Test
    void aTargetWithAnExtremeExponentIsRefusedAtOnceAndEchoedShort() {
        long started = System.nanoTime();
        as(operator).body(declarationWithTarget("1e999999999")).when().post(GOALS)
                .then().statusCode(400).body("code", equalTo("NUMBER_OUT_OF_RANGE")).body("detail", containsString("1E+999999999"))
                .time(lessThan(10_000L));
        System.out.printf("[figures] a target of 1e999999999 refused in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aDeclarationTableCellTooLargeOrTooPreciseIsRefusedNamingRowAndColumn() {
        List<GoalSheetRow> rows = new ArrayList<>();
        rows.add(sheetRow(3, "产出指标", "数量指标", "改造小区数量", "12", "50"));
        rows.add(sheetRow(4, "效益指标", "社会效益指标", "受益居民户数", "1e18", "30"));
        rows.add(sheetRow(5, "满意度指标", "服务对象满意度指标", "居民满意度", "12.123456789", "10"));
        rows.add(sheetRow(6, "产出指标", "质量指标", "工程验收合格率", "100", "10.001"));
        given().auth().oauth2(operator).contentType(GoalDeclarationWorkbook.MEDIA_TYPE).body(GoalDeclarationWorkbook.write(rows))
                .when().post(GOALS + "/imports")
                .then().statusCode(422).body("code", equalTo("GOAL_IMPORT_REJECTED"))
                .body("violations.field", hasItem("rows[4].指标值"))
                .body("violations.find { it.field == 'rows[4].指标值' }.code", equalTo("NUMBER_OUT_OF_RANGE"))
                .body("violations.find { it.field == 'rows[4].指标值' }.message", containsString("指标值"))
                .body("violations.find { it.field == 'rows[5].指标值' }.code", equalTo("NUMBER_TOO_PRECISE"))
                .body("violations.find { it.field == 'rows[6].权重' }.code", equalTo("INDICATOR_WEIGHT_INVALID"));
    }

    private static GoalSheetRow sheetRow(int row, String level1, String level2, String name, String target, String weight) {
        return new GoalSheetRow(row, null, "项目", "2019", DISTRICT.unit(2), DISTRICT.project(2), "完成12个老旧小区改造，惠及居民1500户。",
                null, null, null, null, null, level1, level2, name, "定量", "≥", target, null, "个", weight, null, null, null);
    }

    @Test
    void aWarningThresholdOfTenThousandOrAThousandthIs400NamingIt() {
        as(finance).body("{\"fiscalYear\":2019,\"cutOffMonth\":6,\"dueDate\":\"2019-07-20\",\"yellowLagAbove\":10,\"redLagAbove\":10000}")
                .when().post("/api/v1/monitoring-rounds")
                .then().statusCode(400).body("code", equalTo("NUMBER_OUT_OF_RANGE")).body("violations[0].field", equalTo("redLagAbove"));
        as(finance).body("{\"fiscalYear\":2019,\"cutOffMonth\":6,\"dueDate\":\"2019-07-20\",\"yellowLagAbove\":0.001,\"redLagAbove\":20}")
                .when().post("/api/v1/monitoring-rounds")
                .then().statusCode(400).body("code", equalTo("NUMBER_TOO_PRECISE")).body("violations[0].field", equalTo("yellowLagAbove"));
        as(finance).body("{\"fiscalYear\":2019,\"cutOffMonth\":6,\"dueDate\":\"2019-07-20\",\"yellowLagAbove\":null,\"redLagAbove\":20}")
                .when().post("/api/v1/monitoring-rounds")
                .then().statusCode(400).body("violations[0].field", equalTo("yellowLagAbove"));
        given().auth().oauth2(finance).queryParam("fiscalYear", 2019).when().get("/api/v1/monitoring-rounds")
                .then().statusCode(200).body("items.findAll { it.cutOffMonth == 6 }", empty());
    }

    private static String round;

    @Test
    void monitoringFiguresTooLargeOrTooPreciseAre400NamingTheLine() {
        if (round == null) {
            round = as(finance).body("{\"fiscalYear\":2019,\"cutOffMonth\":9,\"dueDate\":\"2019-10-20\"}").when().post("/api/v1/monitoring-rounds")
                    .then().statusCode(201).extract().jsonPath().getString("id");
        }
        String unit1 = TestTokens.unitOperator(DISTRICT.unit(1));
        JsonPath report = as(unit1).body("{\"roundId\":\"" + round + "\",\"goalId\":\"" + approved + "\"}").when().post("/api/v1/monitoring-reports")
                .then().statusCode(201).extract().jsonPath();
        String line = report.getString("lines.find { it.name == '改造小区数量' }.indicatorId");
        String id = report.getString("id");
        EvaluationFixture.entries(unit1, "monitoring-reports", id, 0,
                        "{\"lines\":[{\"indicatorId\":\"" + line + "\",\"actualToDate\":1e18,\"projectedYearEnd\":12,\"likelihood\":\"CERTAIN\"}]}")
                .then().statusCode(400).body("code", equalTo("NUMBER_OUT_OF_RANGE")).body("violations[0].field", equalTo("lines[0].actualToDate"));
        EvaluationFixture.entries(unit1, "monitoring-reports", id, 0,
                        "{\"lines\":[{\"indicatorId\":\"" + line + "\",\"actualToDate\":9,\"projectedYearEnd\":12.123456789,\"likelihood\":\"CERTAIN\"}]}")
                .then().statusCode(400).body("code", equalTo("NUMBER_TOO_PRECISE")).body("violations[0].field", equalTo("lines[0].projectedYearEnd"));
        given().auth().oauth2(unit1).when().get("/api/v1/monitoring-reports/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void aSelfEvaluationActualTooLargeIs400NamingTheLine() {
        String unit1 = TestTokens.unitOperator(DISTRICT.unit(1));
        JsonPath evaluation = as(unit1).body("{\"goalId\":\"" + approved + "\"}").when().post("/api/v1/self-evaluations")
                .then().statusCode(201).extract().jsonPath();
        String line = evaluation.getString("lines.find { it.name == '改造小区数量' }.indicatorId");
        EvaluationFixture.entries(unit1, "self-evaluations", evaluation.getString("id"), 0,
                        "{\"lines\":[{\"indicatorId\":\"" + line + "\",\"actual\":1e18}]}")
                .then().statusCode(400).body("code", equalTo("NUMBER_OUT_OF_RANGE")).body("violations[0].field", equalTo("lines[0].actual"));
    }

    @Test
    void aWeightTemplateGroupWithoutAWeightIs400NamingTheGroup() {
        String admin = TestTokens.financeAdmin();
        String etag = given().auth().oauth2(admin).when().get("/api/v1/weight-template-catalog").getHeader("ETag");
        as(admin).header("If-Match", etag).body("{\"entries\":[{\"kind\":\"PROJECT\",\"effectiveFrom\":2000,\"executionRate\":10,"
                        + "\"groups\":{\"OUTPUT\":null,\"BENEFIT\":30,\"SATISFACTION\":10}}]}")
                .when().put("/api/v1/weight-template-catalog")
                .then().statusCode(400).body("code", equalTo("WEIGHT_REQUIRED")).body("violations[0].field", equalTo("entries[0].groups.OUTPUT"));
        for (String blank : List.of("\"\"", "\" \"")) {
            as(admin).header("If-Match", etag).body("{\"entries\":[{\"kind\":\"PROJECT\",\"effectiveFrom\":2000,\"executionRate\":10,"
                            + "\"groups\":{\"OUTPUT\":" + blank + ",\"BENEFIT\":30,\"SATISFACTION\":10}}]}")
                    .when().put("/api/v1/weight-template-catalog")
                    .then().statusCode(400).body("violations[0].field", equalTo("entries[0].groups.OUTPUT"));
        }
        as(admin).header("If-Match", etag).body("{\"entries\":[{\"kind\":\"PROJECT\",\"effectiveFrom\":2000,\"executionRate\":null,"
                        + "\"groups\":{\"OUTPUT\":60,\"BENEFIT\":30,\"SATISFACTION\":10}}]}")
                .when().put("/api/v1/weight-template-catalog")
                .then().statusCode(400).body("violations[0].field", equalTo("entries[0].executionRate"));
        given().auth().oauth2(admin).when().get("/api/v1/weight-template-catalog").then().header("ETag", etag);
    }

    @Test
    void anUpperLevelGoalWithoutItsIssuingLevelIs400NamingIt() {
        String body = DISTRICT.declareBody("TRANSFER_PAYMENT", 2, DISTRICT.workedExampleContent())
                .replace("\"content\":", "\"upperLevelGoal\":{\"documentNumber\":\"湘财预〔2019〕1号\",\"upperGoalText\":\"改造老旧小区\"},\"content\":");
        as(operator).body(body).when().post(GOALS)
                .then().statusCode(400).body("code", equalTo("ISSUING_LEVEL_REQUIRED")).body("violations[0].field", equalTo("upperLevelGoal.issuingLevel"));
    }

    @Test
    void aNullReturnReasonIs400NamingIt() {
        as(finance).header("If-Match", "\"4\"").body("{\"reasons\":[null]}").when().post(GOALS + "/" + approved + "/return")
                .then().statusCode(400).body("code", equalTo("REQUEST_FIELD_REQUIRED")).body("violations[0].field", equalTo("reasons[0]"));
    }

    @Test
    void aControlCharacterInATextIs400NamingTheFieldOrParameter() {
        as(operator).body(DISTRICT.declareBody("PROJECT", 2, DISTRICT.workedExampleContent().replace("负责城市建设", "负责\\u0000城市建设")))
                .when().post(GOALS)
                .then().statusCode(400).body("code", equalTo("TEXT_CONTROL_CHARACTER")).body("violations[0].field", equalTo("content.departmentDuties"));
        given().auth().oauth2(finance).urlEncodingEnabled(false).when().get("/api/v1/indicator-templates?level2=%00")
                .then().statusCode(400).body("code", equalTo("TEXT_CONTROL_CHARACTER")).body("violations[0].field", equalTo("level2"));
        given().auth().oauth2(finance).queryParam("keyword", "x".repeat(201)).when().get("/api/v1/indicator-templates")
                .then().statusCode(400).body("code", equalTo("VALUE_SIZE_OUT_OF_RANGE")).body("violations[0].field", equalTo("keyword"));
    }

    @Test
    void aMalformedAcceptLanguageIsAnsweredInTheDefaultLanguage() {
        for (String malformed : List.of("en;q=abc", "en-US;q=2")) {
            given().auth().oauth2(finance).header("Accept-Language", malformed).when().get("/api/v1/projects/43050332T999999999999")
                    .then().statusCode(404).contentType("application/problem+json").header("Content-Language", "zh-CN")
                    .body("code", equalTo("PROJECT_NOT_FOUND"));
        }
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIs415() {
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false).encodeContentTypeAs("garbage", io.restassured.http.ContentType.TEXT)))
                .auth().oauth2(finance).header("Content-Type", "garbage").body("{}").when().post("/api/v1/demo-identities/auditor/token")
                .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }
}
