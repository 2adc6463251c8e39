package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Json;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Workbooks;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.as;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.command;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.entries;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A self-evaluation (绩效自评) over REST from opening to completion, with the worked example of the scoring rules
 * (domain reference §4) computed by hand: a ≥ indicator missed, a ≤ indicator missed, a ≤ 0 target, a qualitative
 * tier and an execution rate above 100 %.
 */
@QuarkusTest
class SelfEvaluationLifecycleTest {

    private static final EvaluationFixture DISTRICT = new EvaluationFixture("351", 2024, 3);
    private static final String EVALUATIONS = "self-evaluations";

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String unit = TestTokens.unitOperator(DISTRICT.unit(1));
    private final String department = TestTokens.deptReviewer(DISTRICT.department);
    private final String finance = TestTokens.financeReviewer();

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
    }

    private Response open(String token, String goalId) {
        return as(token).body("{\"goalId\":\"" + goalId + "\"}").when().post("/api/v1/self-evaluations");
    }

    private static String id(JsonPath json, String indicator) {
        return json.getString("lines.find { it.name == '" + indicator + "' }.indicatorId");
    }

    /**
     * 分值: 产出 50 over the indicators' weights 25 : 15 : 10 → 25.00, 15.00, 10.00; 效益 30 over 15 : 15 → 15.00, 15.00;
     * 满意度 10 → 10.00; 预算执行率 10. 得分, by hand:
     * <pre>
     * 改造小区数量   ≥ 12, actual 10:     25 × 10/12   = 20.8333… → 20.83 (missed)
     * 单位改造成本   ≤ 350, actual 380:   15 × 350/380 = 13.8157… → 13.82 (missed)
     * 安全事故起数   ≤ 0, actual 0:       an actual of zero meets any ≤ target → 10.00
     * 受益居民户数   ≥ 1500, actual 1620: capped at the weight → 15.00
     * 小区长效管理机制 qualitative, 部分达成 75 %: 15 × 75 % = 11.25 (missed)
     * 居民满意度     ≥ 90, actual 93.5:   10.00
     * 预算执行率     3,150,000.00 / 3,000,000.00 = 105.00 %, min(1, 1.05) × 10 = 10.00
     * 总分 = 20.83 + 13.82 + 10.00 + 15.00 + 11.25 + 10.00 + 10.00 = 90.90 → 优 (national scheme: ≥ 90)
     * </pre>
     */
    @Test
    void aUnitEvaluatesItsApprovedGoalAndTheServiceScoresAndGradesItAsComputedByHand() {
        String goal = DISTRICT.approvedGoal("PROJECT", 1, DISTRICT.workedExampleContent());

        Response opened = open(unit, goal);
        opened.then().statusCode(201).header("ETag", "\"0\"").body("status.code", equalTo("DRAFT"))
                .body("kind.code", equalTo("PROJECT")).body("projectCode", equalTo(DISTRICT.project(1))).body("goalVersion", equalTo(1))
                .body("allowedActions.code", contains("EDIT", "SUBMIT")).body("preview", nullValue()).body("result", nullValue());
        JsonPath draft = Json.of(opened);
        String evaluation = draft.getString("id");
        assertThat(Json.decimal(draft, "weights.executionRate")).isEqualByComparingTo("10");
        assertThat(draft.getMap("weights.groups")).containsOnlyKeys("OUTPUT", "BENEFIT", "SATISFACTION");
        assertThat(draft.getList("lines.weight", BigDecimal.class)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("25"), new BigDecimal("15"), new BigDecimal("10"), new BigDecimal("15"),
                        new BigDecimal("15"), new BigDecimal("10"));
        assertThat(draft.getList("missingAchievements")).hasSize(6);

        String body = """
                {"execution":{"adjustedBudget":3000000.00,"executed":3150000.00},
                 "overallAchievement":"完成10个小区改造，惠及居民1620户。",
                 "lines":[
                  {"indicatorId":"%s","actual":10,"deviationReason":"2个小区居民意见未统一，改造顺延至次年"},
                  {"indicatorId":"%s","actual":380,"deviationReason":"钢材价格上涨；今后按市场价测算单价"},
                  {"indicatorId":"%s","actual":0},
                  {"indicatorId":"%s","actual":1620},
                  {"indicatorId":"%s","tier":"PARTLY","percentage":75},
                  {"indicatorId":"%s","actual":93.5}
                 ]}""".formatted(id(draft, "改造小区数量"), id(draft, "单位改造成本"), id(draft, "安全事故起数"), id(draft, "受益居民户数"),
                id(draft, "小区长效管理机制"), id(draft, "居民满意度"));
        Response filled = entries(unit, EVALUATIONS, evaluation, 0, body);
        filled.then().statusCode(200).header("ETag", "\"1\"")
                .body("unexplainedDeviations", contains("小区长效管理机制")).body("missingAchievements", empty());
        JsonPath sheet = Json.of(filled);
        assertThat(sheet.getList("lines.score", BigDecimal.class)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("20.83"), new BigDecimal("13.82"), new BigDecimal("10.00"), new BigDecimal("15.00"),
                        new BigDecimal("11.25"), new BigDecimal("10.00"));
        assertThat(sheet.getList("lines.met", Boolean.class)).containsExactly(false, false, true, true, false, true);
        assertThat(Json.decimal(sheet, "execution.rate")).isEqualByComparingTo("105.00");
        assertThat(Json.decimal(sheet, "execution.score")).isEqualByComparingTo("10.00");
        assertThat(Json.decimal(sheet, "preview.score")).isEqualByComparingTo("90.90");
        assertThat(sheet.getString("preview.grade.code")).isEqualTo("EXCELLENT");
        assertThat(sheet.getString("preview.grade.label")).isEqualTo("优");
        assertThat(sheet.getString("preview.schemeId")).isEqualTo("national");

        // A missed indicator without a reason blocks the submission, and the refusal changes nothing.
        AuditTrailProbe.expectNoEvent("self-evaluation", evaluation, () ->
                command(unit, EVALUATIONS, evaluation, "submit", 1, null).then().statusCode(422)
                        .body("code", equalTo("SELF_EVALUATION_DEVIATION_REASON_MISSING")).body("detail", containsString("小区长效管理机制")));
        entries(unit, EVALUATIONS, evaluation, 1, "{\"lines\":[{\"indicatorId\":\"" + id(draft, "小区长效管理机制")
                + "\",\"deviationReason\":\"部分小区业委会尚未成立，下一年度督促成立\"}]}").then().statusCode(200).header("ETag", "\"2\"");

        command(unit, EVALUATIONS, evaluation, "submit", 2, null).then().statusCode(200).header("ETag", "\"3\"")
                .body("status.code", equalTo("SUBMITTED")).body("result.score", equalTo(90.9f)).body("result.grade.code", equalTo("EXCELLENT"))
                .body("result.schemeId", equalTo("national")).body("preview", nullValue())
                .body("allowedActions", empty());
        // allowedActions are the caller's: the unit's department reviewer is offered its step; finance, an auditor and the
        // operator who submitted are not.
        given().auth().oauth2(department).when().get("/api/v1/self-evaluations/" + evaluation).then().statusCode(200)
                .body("allowedActions.code", contains("DEPT_APPROVE", "DEPT_RETURN"));
        for (String outside : java.util.List.of(finance, TestTokens.auditor(), unit)) {
            given().auth().oauth2(outside).when().get("/api/v1/self-evaluations/" + evaluation).then().statusCode(200).body("allowedActions", empty());
        }

        // The department passes it, finance returns it (the result is dropped), the unit resubmits, both approve.
        command(department, EVALUATIONS, evaluation, "dept-approve", 3, "{\"opinion\":\"同意\"}").then().statusCode(200)
                .body("status.code", equalTo("DEPT_REVIEWED"));
        command(finance, EVALUATIONS, evaluation, "finance-return", 4, "{\"reason\":\"请补充满意度调查样本量\"}").then().statusCode(200)
                .body("status.code", equalTo("DRAFT")).body("result", nullValue()).body("history[-1].reason", equalTo("请补充满意度调查样本量"));
        command(unit, EVALUATIONS, evaluation, "submit", 5, null).then().statusCode(200);
        command(department, EVALUATIONS, evaluation, "dept-approve", 6, null).then().statusCode(200);
        AuditTrailProbe.expectOneEvent("self-evaluation", evaluation, "finance_approve", () ->
                command(finance, EVALUATIONS, evaluation, "finance-approve", 7, null).then().statusCode(200).header("ETag", "\"8\"")
                        .body("status.code", equalTo("FINANCE_REVIEWED")).body("status.label", equalTo("审核通过"))
                        .body("allowedActions", empty()).body("result.grade.code", equalTo("EXCELLENT")));
        // Completion, not the earlier return, is reported to the province through the outbox, once.
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("messageType", "self-evaluation.completed").queryParam("subjectId", evaluation)
                .when().get("/api/v1/sync/outbox")
                .then().statusCode(200).body("total", equalTo(1));

        // The self-evaluation table (自评表) carries the same figures.
        byte[] xlsx = given().auth().oauth2(unit).when().get("/api/v1/self-evaluations/" + evaluation + "/table.xlsx")
                .then().statusCode(200).header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        List<List<String>> table = Workbooks.rows(xlsx);
        assertThat(table.get(0).get(0)).isEqualTo("项目支出绩效自评表");
        assertThat(Workbooks.row(table, "项目名称").get(1)).isEqualTo("测试项目351-1");
        assertThat(Workbooks.row(table, "年度资金总额")).containsSequence("3,000,000.00", "3,000,000.00", "3,150,000.00", "10.00", "105.00%", "10.00");
        assertThat(Workbooks.row(table, "产出")).containsExactly("产出", "数量", "改造小区数量", "≥", "12个", "10个", "25.00", "20.83",
                "2个小区居民意见未统一，改造顺延至次年");
        assertThat(table).anySatisfy(r -> assertThat(r).containsExactly("效益", "可持续影响", "小区长效管理机制", "定性", "", "部分达成并具有一定效果（75.00%）",
                "15.00", "11.25", "部分小区业委会尚未成立，下一年度督促成立"));
        assertThat(Workbooks.row(table, "总分").get(1)).isEqualTo("90.90");
        assertThat(Workbooks.row(table, "评价等级")).startsWith("评价等级", "优");
    }

    @Test
    void badEntriesAreRefusedNamingTheFieldAndChangeNothing() {
        String goal = DISTRICT.approvedGoal("PROJECT", 2, DISTRICT.workedExampleContent());
        JsonPath draft = Json.of(open(TestTokens.unitOperator(DISTRICT.unit(2)), goal).then().statusCode(201).extract().response());
        String evaluation = draft.getString("id");
        String operator = TestTokens.unitOperator(DISTRICT.unit(2));
        String qualitative = id(draft, "小区长效管理机制");

        AuditTrailProbe.expectNoEvent("self-evaluation", evaluation, () -> {
            entries(operator, EVALUATIONS, evaluation, 0, "{\"lines\":[{\"indicatorId\":\"" + id(draft, "改造小区数量") + "\",\"actual\":10},"
                    + "{\"indicatorId\":\"" + qualitative + "\",\"tier\":\"ACHIEVED\",\"percentage\":70}]}")
                    .then().statusCode(400).body("code", equalTo("QUALITATIVE_PERCENTAGE_OUTSIDE_TIER"))
                    .body("violations[0].field", equalTo("lines[1].percentage"));
            entries(operator, EVALUATIONS, evaluation, 0, "{\"lines\":[{\"indicatorId\":\"" + qualitative + "\",\"actual\":3}]}")
                    .then().statusCode(400).body("code", equalTo("ACHIEVEMENT_KIND_MISMATCH")).body("violations[0].field", equalTo("lines[0]"));
            entries(operator, EVALUATIONS, evaluation, 0, "{\"lines\":[{\"indicatorId\":\"00000000-0000-0000-0000-000000000001\",\"actual\":3}]}")
                    .then().statusCode(400).body("code", equalTo("SELF_EVALUATION_INDICATOR_UNKNOWN"))
                    .body("violations[0].field", equalTo("lines[0].indicatorId"));
            entries(operator, EVALUATIONS, evaluation, 0, "{\"execution\":{\"adjustedBudget\":100.001,\"executed\":1}}")
                    .then().statusCode(400).body("code", equalTo("MONEY_TOO_PRECISE")).body("violations[0].field", equalTo("execution.adjustedBudget"));
            entries(operator, EVALUATIONS, evaluation, 0, "{\"execution\":{\"adjustedBudget\":0,\"executed\":1}}")
                    .then().statusCode(422).body("code", equalTo("BUDGET_EXECUTED_WITHOUT_BUDGET"));
            entries(operator, EVALUATIONS, evaluation, 0, "{\"lines\":[{\"indicatorId\":\"" + qualitative + "\",\"tier\":\"SOMEWHAT\",\"percentage\":70}]}")
                    .then().statusCode(400).body("code", equalTo("VALUE_NOT_ALLOWED")).body("violations[0].field", equalTo("lines[0].tier"));
            entries(operator, EVALUATIONS, evaluation, 0, "{\"lines\":[{\"indicatorId\":\"" + qualitative + "\",\"actual\":3,\"tier\":\"PARTLY\"}]}")
                    .then().statusCode(400).body("code", equalTo("ACHIEVEMENT_AMBIGUOUS"));
        });
        given().auth().oauth2(operator).when().get("/api/v1/self-evaluations/" + evaluation).then().statusCode(200).header("ETag", "\"0\"")
                .body("lines.actual", everyItemNull()).body("execution", nullValue());

        // If-Match: required (428) and current (412).
        as(operator).body("{}").when().put("/api/v1/self-evaluations/" + evaluation + "/entries").then().statusCode(428)
                .body("code", equalTo("PRECONDITION_REQUIRED"));
        entries(operator, EVALUATIONS, evaluation, 7, "{}").then().statusCode(412).body("code", equalTo("REVISION_STALE"));
        // A second evaluation of the same goal is a conflict.
        open(operator, goal).then().statusCode(409).body("code", equalTo("SELF_EVALUATION_ALREADY_OPEN"));
    }

    @Test
    void onlyTheGoalsUnitOpensAndFillsItsDepartmentAndFinanceReviewAndOutsidersSeeNothing() {
        String operator = TestTokens.unitOperator(DISTRICT.unit(3));
        String goal = DISTRICT.approvedGoal("DEPARTMENT_OVERALL", 3, DISTRICT.workedExampleContent());
        open(TestTokens.unitOperator(DISTRICT.unit(1)), goal).then().statusCode(404);
        open(finance, goal).then().statusCode(403).body("code", equalTo("ACCESS_DENIED"));
        Response opened = open(operator, goal);
        opened.then().statusCode(201).body("kind.code", equalTo("DEPARTMENT_OVERALL")).body("projectCode", nullValue());
        String evaluation = opened.jsonPath().getString("id");

        String otherUnit = TestTokens.unitOperator("105002");
        String otherDepartment = TestTokens.deptReviewer("105001");
        given().auth().oauth2(otherUnit).when().get("/api/v1/self-evaluations/" + evaluation).then().statusCode(404)
                .body("code", equalTo("SELF_EVALUATION_NOT_FOUND"));
        given().auth().oauth2(otherDepartment).when().get("/api/v1/self-evaluations/" + evaluation + "/table.xlsx").then().statusCode(404);
        given().auth().oauth2(otherUnit).queryParam("fiscalYear", 2024).when().get("/api/v1/self-evaluations")
                .then().statusCode(200).body("items.id", not(hasItem(evaluation)));
        given().auth().oauth2(department).queryParam("unitCode", DISTRICT.unit(3)).when().get("/api/v1/self-evaluations")
                .then().statusCode(200).body("items.id", contains(evaluation))
                .body("items[0].unitName", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())).body("items[0].projectName", nullValue());
        // A coded filter takes the label too (部门整体支出绩效自评 for DEPARTMENT_OVERALL).
        given().auth().oauth2(department).queryParam("unitCode", DISTRICT.unit(3)).queryParam("kind", "部门整体支出绩效自评").when().get("/api/v1/self-evaluations")
                .then().statusCode(200).body("items.id", contains(evaluation));
        given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/self-evaluations/" + evaluation).then().statusCode(200);

        entries(finance, EVALUATIONS, evaluation, 0, "{}").then().statusCode(403);
        entries(department, EVALUATIONS, evaluation, 0, "{}").then().statusCode(403);
        command(TestTokens.auditor(), EVALUATIONS, evaluation, "submit", 0, null).then().statusCode(403);
        // The department's step is the department's: finance may not take it, and the state decides what is allowed.
        command(finance, EVALUATIONS, evaluation, "dept-approve", 0, null).then().statusCode(403);
        command(department, EVALUATIONS, evaluation, "dept-approve", 0, null).then().statusCode(409)
                .body("code", equalTo("SELF_EVALUATION_TRANSITION_ILLEGAL")).body("allowedActions", contains("EDIT", "SUBMIT"));
        command(operator, EVALUATIONS, evaluation, "submit", 0, null).then().statusCode(422)
                .body("code", equalTo("SELF_EVALUATION_ACHIEVEMENTS_MISSING"));
    }

    @Test
    void aGoalNotYetApprovedOrOfAYearNotOverCannotBeEvaluatedAndAGradingSchemeInUseIsFrozen() {
        String operator = TestTokens.unitOperator(DISTRICT.unit(2));
        String draftGoal = as(operator).body(DISTRICT.declareBody("DEPARTMENT_OVERALL", 2, DISTRICT.workedExampleContent()))
                .when().post("/api/v1/performance-goals").then().statusCode(201).extract().jsonPath().getString("id");
        open(operator, draftGoal).then().statusCode(422).body("code", equalTo("GOAL_NOT_APPROVED_FOR_EVALUATION"));

        int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        EvaluationFixture current = new EvaluationFixture("352", thisYear, 1);
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, current.batch());
        String currentGoal = current.approvedGoal("DEPARTMENT_OVERALL", 1, current.workedExampleContent());
        open(TestTokens.unitOperator(current.unit(1)), currentGoal).then().statusCode(422)
                .body("code", equalTo("SELF_EVALUATION_BEFORE_YEAR_END")).body("detail", containsString((thisYear + 1) + "-01-01"));

        // Once it has graded a submission, the national scheme can no longer change.
        String goal = DISTRICT.approvedGoal("PROJECT", 3, DISTRICT.workedExampleContent());
        JsonPath draft = Json.of(open(TestTokens.unitOperator(DISTRICT.unit(3)), goal).then().statusCode(201).extract().response());
        StringBuilder lines = new StringBuilder();
        for (String name : List.of("改造小区数量:12", "单位改造成本:300", "安全事故起数:0", "受益居民户数:1500", "居民满意度:95")) {
            String[] part = name.split(":");
            lines.append("{\"indicatorId\":\"").append(id(draft, part[0])).append("\",\"actual\":").append(part[1]).append("},");
        }
        lines.append("{\"indicatorId\":\"").append(id(draft, "小区长效管理机制")).append("\",\"tier\":\"ACHIEVED\",\"percentage\":80}");
        String evaluation = draft.getString("id");
        String unit3 = TestTokens.unitOperator(DISTRICT.unit(3));
        entries(unit3, EVALUATIONS, evaluation, 0, "{\"execution\":{\"adjustedBudget\":1000000,\"executed\":800000},\"lines\":[" + lines + "]}")
                .then().statusCode(200);
        // 100 − 15 × 20 % (the tier at 80 %) − 10 × 20 % (execution 80 %) = 100 − 3 − 2 = 95.00
        command(unit3, EVALUATIONS, evaluation, "submit", 1, null).then().statusCode(200).body("result.score", equalTo(95.0f));
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/grade-schemes/national").then().statusCode(200)
                .body("frozen", equalTo(true));
        String national = given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/grade-schemes/national").getHeader("ETag");
        given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json").header("If-Match", national)
                .body("{\"name\":\"改\",\"bands\":[{\"grade\":\"EXCELLENT\",\"lowerBound\":85},{\"grade\":\"POOR\",\"lowerBound\":0}]}")
                .when().put("/api/v1/grade-schemes/national").then().statusCode(422).body("code", equalTo("GRADE_SCHEME_IN_USE"));

        // The score check recomputes the year's graded evaluations from their stored entries and finds them right.
        given().auth().oauth2(TestTokens.auditor()).queryParam("fiscalYear", 2024).when().get("/api/v1/self-evaluations/score-check")
                .then().statusCode(200).body("mismatches", empty()).body("digest", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .body("grades.grade.code", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.in(java.util.List.of("EXCELLENT", "GOOD", "MEDIUM", "POOR"))));
        given().auth().oauth2(unit3).queryParam("fiscalYear", 2024).when().get("/api/v1/self-evaluations/score-check")
                .then().statusCode(403);
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    private static <T> org.hamcrest.Matcher<T> not(org.hamcrest.Matcher<T> matcher) {
        return org.hamcrest.Matchers.not(matcher);
    }

    @Test
    void everyFaultOfAnEntriesBodyIsNamedByItsPathAtOnce() {
        given().auth().oauth2(unit).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"lines\":[{\"indicatorId\":\"3f1c2a9e-7b4d-4e8a-9c1f-2d5e6a7b8c90\",\"tier\":\"SOMETIMES\"},{\"actual\":1}],"
                        + "\"execution\":{\"executed\":100},\"overallAchievement\":\"" + "达".repeat(2001) + "\"}")
                .when().put("/api/v1/self-evaluations/" + java.util.UUID.randomUUID() + "/entries")
                .then().statusCode(400).body("code", equalTo("REQUEST_INVALID"))
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("lines[0].tier", "lines[1].indicatorId",
                        "execution.adjustedBudget", "overallAchievement"));
    }
}
