package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Json;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.as;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.command;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.entries;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The district's 1–9月 monitoring (双监控) over REST for five units, each report's warning computed by hand:
 * 序时进度 = 9 / 12 = 75.00 %; lag = 75.00 − 执行率; more than 10 points YELLOW, more than 20 RED (the defaults);
 * an indicator projected below its target YELLOW, one judged impossible RED.
 */
@QuarkusTest
class MonitoringRoundTest {

    private static final EvaluationFixture DISTRICT = new EvaluationFixture("361", 2024, 6);
    private static final String REPORTS = "monitoring-reports";
    private static String round;
    private static final Map<Integer, String> goals = new HashMap<>();

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String finance = TestTokens.financeReviewer();
    private final String department = TestTokens.deptReviewer(DISTRICT.department);

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
        if (round == null) {
            round = as(finance).body("{\"fiscalYear\":2024,\"cutOffMonth\":9,\"dueDate\":\"2024-10-20\"}").when().post("/api/v1/monitoring-rounds")
                    .then().statusCode(201).body("timeProgress", equalTo(75.0f)).body("periodLabel", equalTo("2024年1–9月"))
                    .body("yellowLagAbove", equalTo(10.0f)).body("redLagAbove", equalTo(20.0f))
                    .extract().jsonPath().getString("id");
            for (int unit = 1; unit <= 6; unit++) {
                goals.put(unit, DISTRICT.approvedGoal("PROJECT", unit, DISTRICT.workedExampleContent()));
            }
        }
    }

    private static String operator(int unit) {
        return TestTokens.unitOperator(DISTRICT.unit(unit));
    }

    private static JsonPath open(int unit) {
        return Json.of(as(operator(unit)).body("{\"roundId\":\"" + round + "\",\"goalId\":\"" + goals.get(unit) + "\"}")
                .when().post("/api/v1/monitoring-reports").then().statusCode(201).extract().response());
    }

    private static String line(JsonPath report, String indicator, String figures) {
        return "{\"indicatorId\":\"" + report.getString("lines.find { it.name == '" + indicator + "' }.indicatorId") + "\"," + figures + "}";
    }

    /**
     * Every indicator on track unless {@code offTrack} replaces its line (by indicator name); the budget side is
     * 1,000,000.00 adjusted and {@code executed}.
     */
    private static String body(JsonPath report, String executed, Map<String, String> offTrack) {
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        figures.put("改造小区数量", "\"actualToDate\":9,\"projectedYearEnd\":12,\"likelihood\":\"CERTAIN\"");
        figures.put("单位改造成本", "\"actualToDate\":330,\"projectedYearEnd\":345,\"likelihood\":\"CERTAIN\"");
        figures.put("安全事故起数", "\"actualToDate\":0,\"projectedYearEnd\":0,\"likelihood\":\"CERTAIN\"");
        figures.put("受益居民户数", "\"actualToDate\":1200,\"projectedYearEnd\":1550,\"likelihood\":\"POSSIBLE\"");
        figures.put("小区长效管理机制", "\"projectedTier\":\"ACHIEVED\",\"likelihood\":\"POSSIBLE\"");
        figures.put("居民满意度", "\"actualToDate\":88,\"projectedYearEnd\":91,\"likelihood\":\"POSSIBLE\"");
        figures.putAll(offTrack);
        List<String> lines = new ArrayList<>();
        figures.forEach((name, value) -> lines.add(line(report, name, value)));
        return "{\"execution\":{\"adjustedBudget\":1000000.00,\"executed\":" + executed + "},\"lines\":[" + String.join(",", lines) + "]}";
    }

    /** Opens, fills and submits unit n's report; returns the submitted report. */
    private static JsonPath submitted(int unit, String executed, Map<String, String> offTrack) {
        JsonPath report = open(unit);
        String id = report.getString("id");
        entries(operator(unit), REPORTS, id, 0, body(report, executed, offTrack)).then().statusCode(200);
        return Json.of(command(operator(unit), REPORTS, id, "submit", 1, null).then().statusCode(200).extract().response());
    }

    @Test
    void fiveUnitsReportAndEachWarningIsTheOneComputedByHand() {
        // 1: 70.00 % executed, lag 5.00: GREEN
        JsonPath green = submitted(1, "700000.00", Map.of());
        assertThat(green.getString("warning.level.code")).isEqualTo("GREEN");
        assertThat(green.getList("warning.reasons")).isEmpty();
        assertThat(Json.decimal(green, "execution.rate")).isEqualByComparingTo("70.00");
        assertThat(Json.decimal(green, "execution.lag")).isEqualByComparingTo("5.00");
        assertThat(green.getBoolean("warning.kept")).isTrue();

        // 2: 62.00 %, lag 13.00 > 10: YELLOW for execution
        JsonPath yellow = submitted(2, "620000.00", Map.of());
        assertThat(yellow.getString("warning.level.code")).isEqualTo("YELLOW");
        assertThat(yellow.getList("warning.reasons.code")).containsExactly("WARNING_EXECUTION_LAGGING");
        assertThat(yellow.getMap("warning.reasons[0].arguments")).containsEntry("executionRate", "62.00").containsEntry("timeProgress", "75.00")
                .containsEntry("lag", "13.00").containsEntry("threshold", "10");
        assertThat(yellow.getString("warning.reasons[0].message")).isEqualTo("预算执行率 62.00% 低于序时进度 75.00% 达 13.00 个百分点，超过 10 个百分点的预警线。");

        // 3: 54.99 %, lag 20.01 > 20: RED; and 改造小区数量 projected 11 < 12: YELLOW (explained)
        JsonPath red = submitted(3, "549900.00", Map.of("改造小区数量",
                "\"actualToDate\":7,\"projectedYearEnd\":11,\"likelihood\":\"POSSIBLE\",\"deviationReason\":\"1个小区居民意见未统一\",\"correctiveMeasure\":\"街道逐户做工作\""));
        assertThat(red.getString("warning.level.code")).isEqualTo("RED");
        assertThat(red.getList("warning.reasons.code")).containsExactly("WARNING_EXECUTION_LAGGING", "WARNING_INDICATOR_OFF_TARGET");
        assertThat(red.getList("warning.reasons.level.code")).containsExactly("RED", "YELLOW");
        assertThat(red.getMap("warning.reasons[0].arguments")).containsEntry("lag", "20.01").containsEntry("threshold", "20");
        assertThat(red.getString("warning.reasons[1].message")).isEqualTo("指标“改造小区数量”全年预计完成 11个，达不到目标值 ≥12个。");
        assertThat(red.getString("fundsStatus.code")).isEqualTo("DECISION_PENDING");

        // 4: 55.00 %, lag exactly 20.00 is not more than 20: YELLOW; but 小区长效管理机制 judged impossible: RED
        JsonPath impossible = submitted(4, "550000.00", Map.of("小区长效管理机制",
                "\"projectedTier\":\"NOT_ACHIEVED\",\"likelihood\":\"IMPOSSIBLE\",\"deviationReason\":\"业委会无法成立\",\"correctiveMeasure\":\"改由社区代管\""));
        assertThat(impossible.getString("warning.level.code")).isEqualTo("RED");
        assertThat(impossible.getList("warning.reasons.code")).containsExactly("WARNING_EXECUTION_LAGGING", "WARNING_INDICATOR_IMPOSSIBLE");
        assertThat(impossible.getList("warning.reasons.level.code")).containsExactly("YELLOW", "RED");
        assertThat(impossible.getMap("warning.reasons[0].arguments")).containsEntry("lag", "20.00").containsEntry("threshold", "10");

        // 5: 65.00 %, lag exactly 10.00 is not more than 10; the qualitative indicator projected 部分达成: YELLOW
        JsonPath tier = submitted(5, "650000.00", Map.of("小区长效管理机制",
                "\"projectedTier\":\"PARTLY\",\"likelihood\":\"POSSIBLE\",\"deviationReason\":\"业委会筹备中\",\"correctiveMeasure\":\"年底前完成选举\""));
        assertThat(tier.getString("warning.level.code")).isEqualTo("YELLOW");
        assertThat(tier.getList("warning.reasons.code")).containsExactly("WARNING_INDICATOR_TIER_OFF_TARGET");

        // Finance's list of the round's red reports, in unit order, and in English on request.
        given().auth().oauth2(finance).queryParam("roundId", round).queryParam("warningLevel", "RED").when().get("/api/v1/monitoring-reports")
                .then().statusCode(200).body("total", equalTo(2)).body("items.unitCode", contains(DISTRICT.unit(3), DISTRICT.unit(4)));
        // A coded filter takes the label too (红灯 = RED), and every row carries the names a table shows.
        given().auth().oauth2(finance).queryParam("roundId", round).queryParam("warningLevel", "红灯").when().get("/api/v1/monitoring-reports")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.unitName", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())))
                .body("items.projectName", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())));
        given().auth().oauth2(finance).header("Accept-Language", "en").when().get("/api/v1/monitoring-reports/" + yellow.getString("id"))
                .then().statusCode(200).body("warning.reasons[0].message",
                        equalTo("The execution rate 62.00% lags the time progress 75.00% by 13.00 points, more than the 10-point threshold."));
        // The department sees its units' reports; another unit sees none of them.
        given().auth().oauth2(department).queryParam("roundId", round).when().get("/api/v1/monitoring-reports")
                .then().statusCode(200).body("items.unitCode", org.hamcrest.Matchers.hasItems(DISTRICT.unit(1), DISTRICT.unit(2),
                        DISTRICT.unit(3), DISTRICT.unit(4), DISTRICT.unit(5)));
        given().auth().oauth2(TestTokens.unitOperator("105002")).queryParam("roundId", round).when().get("/api/v1/monitoring-reports")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.unitOperator("105002")).when().get("/api/v1/monitoring-reports/" + red.getString("id"))
                .then().statusCode(404).body("code", equalTo("MONITORING_REPORT_NOT_FOUND"));

        // Finance suspends the funds of the red report (暂缓拨款), with its reason recorded; a green report has nothing to decide.
        String redId = red.getString("id");
        AuditTrailProbe.expectOneEvent("monitoring-report", redId, "decide_funds", () ->
                as(finance).header("If-Match", "\"2\"").body("{\"decision\":\"SUSPEND\",\"reason\":\"执行严重滞后，暂缓拨付剩余资金\"}")
                        .when().post("/api/v1/monitoring-reports/" + redId + "/funds-decisions").then().statusCode(200)
                        .body("fundsStatus.code", equalTo("SUSPENDED")).body("fundsStatus.label", equalTo("暂缓拨款"))
                        .body("fundsDecisions[0].decision.code", equalTo("SUSPEND")).body("fundsDecisions[0].reason", equalTo("执行严重滞后，暂缓拨付剩余资金")));
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("messageType", "monitoring.funds-decided").queryParam("subjectId", redId)
                .when().get("/api/v1/sync/outbox")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(finance).queryParam("roundId", round).queryParam("fundsStatus", "DECISION_PENDING").when().get("/api/v1/monitoring-reports")
                .then().statusCode(200).body("items.unitCode", contains(DISTRICT.unit(4)));
        as(finance).header("If-Match", "\"2\"").body("{\"decision\":\"SUSPEND\",\"reason\":\"x\"}")
                .when().post("/api/v1/monitoring-reports/" + green.getString("id") + "/funds-decisions")
                .then().statusCode(422).body("code", equalTo("FUNDS_DECISION_REQUIRES_RED_WARNING"));
        as(operator(4)).header("If-Match", "\"2\"").body("{\"decision\":\"CONTINUE\",\"reason\":\"x\"}")
                .when().post("/api/v1/monitoring-reports/" + impossible.getString("id") + "/funds-decisions").then().statusCode(403);
        as(finance).header("If-Match", "\"2\"").body("{\"decision\":\"STOP\",\"reason\":\"x\"}")
                .when().post("/api/v1/monitoring-reports/" + impossible.getString("id") + "/funds-decisions")
                .then().statusCode(400).body("violations[0].field", equalTo("decision"));
    }

    @Test
    void aReportGoesUnitToDepartmentToFinanceAndReturnsWithReasons() {
        JsonPath report = open(6);
        String id = report.getString("id");
        // The draft shows a preview of its warning while the unit fills it.
        Response filled = entries(operator(6), REPORTS, id, 0, body(report, "400000.00", Map.of()));
        filled.then().statusCode(200).body("warning.level.code", equalTo("RED")).body("warning.kept", equalTo(false));
        // An off-track indicator needs its reason and measure before submission.
        entries(operator(6), REPORTS, id, 1, "{\"lines\":[" + line(report, "居民满意度",
                "\"actualToDate\":80,\"projectedYearEnd\":85,\"likelihood\":\"POSSIBLE\"") + "]}").then().statusCode(200);
        command(operator(6), REPORTS, id, "submit", 2, null).then().statusCode(422)
                .body("code", equalTo("MONITORING_DEVIATION_UNEXPLAINED")).body("detail", containsString("居民满意度"));
        entries(operator(6), REPORTS, id, 2, "{\"execution\":{\"adjustedBudget\":1000000.00,\"executed\":760000.00},\"lines\":[" + line(report, "居民满意度",
                "\"actualToDate\":80,\"projectedYearEnd\":85,\"likelihood\":\"POSSIBLE\",\"deviationReason\":\"物业服务投诉较多\",\"correctiveMeasure\":\"更换物业公司\"") + "]}")
                .then().statusCode(200);
        command(operator(6), REPORTS, id, "submit", 3, null).then().statusCode(200).body("status.code", equalTo("SUBMITTED"))
                .body("warning.level.code", equalTo("YELLOW")).body("allowedActions", empty());
        // allowedActions are the caller's: the unit's department reviewer is offered its step; finance, an auditor and the
        // operator who submitted are not (the department's step is not theirs).
        given().auth().oauth2(department).when().get("/api/v1/monitoring-reports/" + id).then().statusCode(200)
                .body("allowedActions.code", contains("DEPT_APPROVE", "DEPT_RETURN")).body("allowedActions[0].label", equalTo("主管部门审核通过"));
        for (String outside : List.of(finance, TestTokens.auditor(), operator(6))) {
            given().auth().oauth2(outside).when().get("/api/v1/monitoring-reports/" + id).then().statusCode(200).body("allowedActions", empty());
        }
        command(finance, REPORTS, id, "finance-approve", 4, null).then().statusCode(409).body("code", equalTo("MONITORING_REPORT_TRANSITION_ILLEGAL"));
        command(department, REPORTS, id, "dept-return", 4, "{}").then().statusCode(400).body("violations[0].field", equalTo("reason"));
        command(department, REPORTS, id, "dept-approve", 4, "{\"opinion\":\"同意\"}").then().statusCode(200).body("status.code", equalTo("DEPT_REVIEWED"));
        command(finance, REPORTS, id, "finance-return", 5, "{\"reason\":\"满意度调查样本不足\"}").then().statusCode(200)
                .body("status.code", equalTo("DRAFT")).body("warning.kept", equalTo(false)).body("history[-1].reason", equalTo("满意度调查样本不足"));
        command(operator(6), REPORTS, id, "submit", 6, null).then().statusCode(200);
        command(department, REPORTS, id, "dept-approve", 7, null).then().statusCode(200);
        command(finance, REPORTS, id, "finance-approve", 8, null).then().statusCode(200).body("status.code", equalTo("FINANCE_REVIEWED"))
                .body("allowedActions", empty());
        // Finance's approval, not its earlier return, is reported to the province through the outbox, once.
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("messageType", "monitoring.reviewed").queryParam("subjectId", id)
                .when().get("/api/v1/sync/outbox")
                .then().statusCode(200).body("total", equalTo(1));
        // A second report of the goal in the round is a conflict; the round's thresholds can change, from the revision read.
        as(operator(6)).body("{\"roundId\":\"" + round + "\",\"goalId\":\"" + goals.get(6) + "\"}").when().post("/api/v1/monitoring-reports")
                .then().statusCode(409).body("code", equalTo("MONITORING_REPORT_ALREADY_OPEN"));
    }

    @Test
    void financeOpensRoundsAndChangesTheirThresholdsFromTheRevisionItReadUnitsCannot() {
        as(operator(1)).body("{\"fiscalYear\":2024,\"cutOffMonth\":10,\"dueDate\":\"2024-11-20\"}").when().post("/api/v1/monitoring-rounds")
                .then().statusCode(403);
        as(finance).body("{\"fiscalYear\":2024,\"cutOffMonth\":9,\"dueDate\":\"2024-10-25\"}").when().post("/api/v1/monitoring-rounds")
                .then().statusCode(409).body("code", equalTo("MONITORING_ROUND_ALREADY_OPEN"));
        as(finance).body("{\"fiscalYear\":2024,\"cutOffMonth\":13,\"dueDate\":\"2025-01-20\"}").when().post("/api/v1/monitoring-rounds")
                .then().statusCode(400).body("violations[0].field", equalTo("cutOffMonth"));
        as(finance).body("{\"fiscalYear\":2024,\"cutOffMonth\":11,\"dueDate\":\"2024-11-20\"}").when().post("/api/v1/monitoring-rounds")
                .then().statusCode(400).body("code", equalTo("MONITORING_DUE_DATE_NOT_AFTER_PERIOD"));
        as(finance).body("{\"fiscalYear\":2024,\"cutOffMonth\":11,\"dueDate\":\"2024-12-20\",\"yellowLagAbove\":15}").when().post("/api/v1/monitoring-rounds")
                .then().statusCode(400).body("violations[0].field", equalTo("redLagAbove"));

        String id = as(finance).body("{\"fiscalYear\":2024,\"cutOffMonth\":11,\"dueDate\":\"2024-12-20\",\"yellowLagAbove\":15,\"redLagAbove\":25}")
                .when().post("/api/v1/monitoring-rounds").then().statusCode(201).header("ETag", "\"0\"")
                .body("yellowLagAbove", equalTo(15.0f)).extract().jsonPath().getString("id");
        as(finance).header("If-Match", "\"0\"").body("{\"yellowLagAbove\":5,\"redLagAbove\":10}").when().put("/api/v1/monitoring-rounds/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("redLagAbove", equalTo(10.0f));
        as(finance).header("If-Match", "\"0\"").body("{\"dueDate\":\"2024-12-31\"}").when().put("/api/v1/monitoring-rounds/" + id)
                .then().statusCode(412);
        as(finance).header("If-Match", "\"1\"").body("{\"yellowLagAbove\":20,\"redLagAbove\":10}").when().put("/api/v1/monitoring-rounds/" + id)
                .then().statusCode(400).body("code", equalTo("WARNING_POLICY_THRESHOLDS_INVALID"));
        given().auth().oauth2(operator(1)).queryParam("fiscalYear", 2024).when().get("/api/v1/monitoring-rounds").then().statusCode(200)
                .body("items.cutOffMonth", org.hamcrest.Matchers.hasItems(11, 9));
    }

    @Test
    void everyFaultOfAnEntriesBodyIsNamedByItsPathAtOnce() {
        given().auth().oauth2(operator(1)).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"lines\":[{\"indicatorId\":\"3f1c2a9e-7b4d-4e8a-9c1f-2d5e6a7b8c90\",\"likelihood\":\"MAYBE\"},{\"actualToDate\":1}],"
                        + "\"execution\":{\"adjustedBudget\":100},\"colour\":1}")
                .when().put("/api/v1/monitoring-reports/" + java.util.UUID.randomUUID() + "/entries")
                .then().statusCode(400).body("code", equalTo("REQUEST_INVALID"))
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("lines[0].likelihood", "lines[1].indicatorId",
                        "lines[1].likelihood", "execution.executed", "colour"));
    }
}
