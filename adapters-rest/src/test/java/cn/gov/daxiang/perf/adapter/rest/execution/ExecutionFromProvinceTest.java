package cn.gov.daxiang.perf.adapter.rest.execution;

import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Json;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.out.sync.ProjectExecutionRepository;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.as;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.command;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.entries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Execution from the province over REST (issue 13, item 5): the figures the sync stored for a project (saved here through
 * the sync's own out-port, as the sync's takeover does) are what a monitoring report and a self-evaluation count with,
 * their as-of date shown; a unit's own figures need a reason, and one beyond 1 % of the province's is flagged for finance.
 * Fiscal year 2022, 1–9月: 序时进度 75.00 %.
 */
@QuarkusTest
class ExecutionFromProvinceTest {

    static final EvaluationFixture DISTRICT = new EvaluationFixture("377", 2022, 5);
    private static final String REPORTS = "monitoring-reports";
    private static final String EVALUATIONS = "self-evaluations";
    private static String round;

    @Inject
    ImportReferenceDataUseCase importReferenceData;
    @Inject
    ProjectExecutionRepository executions;

    private final String finance = TestTokens.financeReviewer();

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
        if (round == null) {
            round = as(finance).body("{\"fiscalYear\":2022,\"cutOffMonth\":9,\"dueDate\":\"2022-10-20\"}").when().post("/api/v1/monitoring-rounds")
                    .then().statusCode(201).extract().jsonPath().getString("id");
        }
    }

    static String operator(int unit) {
        return TestTokens.unitOperator(DISTRICT.unit(unit));
    }

    /** The province's figures for unit n's project, as the sync stores them. */
    void synced(int unit, String adjusted, String executed, LocalDate asOf) {
        QuarkusTransaction.requiringNew().run(() -> executions.save(new ProjectExecution(ProjectCode.of(DISTRICT.project(unit)),
                FiscalYear.of(2022), BudgetExecution.of(Money.of(adjusted), Money.of(executed)), asOf)));
    }

    static JsonPath openReport(int unit, String goal) {
        return Json.of(as(operator(unit)).body("{\"roundId\":\"" + round + "\",\"goalId\":\"" + goal + "\"}")
                .when().post("/api/v1/monitoring-reports").then().statusCode(201).extract().response());
    }

    /** Every indicator on track; {@code execution} the JSON of the budget side, or null to send none. */
    static String reportBody(JsonPath report, String execution) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("改造小区数量", "\"actualToDate\":9,\"projectedYearEnd\":12,\"likelihood\":\"CERTAIN\"");
        figures.put("单位改造成本", "\"actualToDate\":330,\"projectedYearEnd\":345,\"likelihood\":\"CERTAIN\"");
        figures.put("安全事故起数", "\"actualToDate\":0,\"projectedYearEnd\":0,\"likelihood\":\"CERTAIN\"");
        figures.put("受益居民户数", "\"actualToDate\":1200,\"projectedYearEnd\":1550,\"likelihood\":\"POSSIBLE\"");
        figures.put("小区长效管理机制", "\"projectedTier\":\"ACHIEVED\",\"likelihood\":\"POSSIBLE\"");
        figures.put("居民满意度", "\"actualToDate\":88,\"projectedYearEnd\":91,\"likelihood\":\"POSSIBLE\"");
        List<String> lines = new ArrayList<>();
        figures.forEach((name, value) -> lines.add("{\"indicatorId\":\"" + report.getString("lines.find { it.name == '" + name + "' }.indicatorId")
                + "\"," + value + "}"));
        return "{" + (execution == null ? "" : "\"execution\":" + execution + ",") + "\"lines\":[" + String.join(",", lines) + "]}";
    }

    @Test
    void aMonitoringReportCountsTheProvincesFiguresAsOfTheLastSyncAndItsWarningFollowsThem() {
        String goal = DISTRICT.approvedGoal("PROJECT", 1, DISTRICT.workedExampleContent());
        synced(1, "34000000.00", "13000000.00", LocalDate.of(2022, 9, 30));   // 38.24 %: 36.76 points behind 75.00 → RED

        JsonPath opened = openReport(1, goal);
        assertThat(opened.getString("execution.source.code")).isEqualTo("PROVINCE");
        assertThat(opened.getString("execution.asOf")).isEqualTo("2022-09-30");
        assertThat(Json.decimal(opened, "execution.adjustedBudget")).isEqualByComparingTo("34000000.00");
        String id = opened.getString("id");

        // the sync brings later figures before the unit fills its lines: the report takes them
        synced(1, "34000000.00", "14000000.00", LocalDate.of(2022, 10, 8));   // 41.18 %: 33.82 behind → still RED
        JsonPath filled = Json.of(entries(operator(1), REPORTS, id, 0, reportBody(opened, null)).then().statusCode(200).extract().response());
        assertThat(filled.getString("execution.asOf")).isEqualTo("2022-10-08");
        assertThat(Json.decimal(filled, "execution.executed")).isEqualByComparingTo("14000000.00");
        assertThat(Json.decimal(filled, "execution.rate")).isEqualByComparingTo("41.18");
        assertThat(filled.getString("warning.level.code")).isEqualTo("RED");

        JsonPath submitted = Json.of(command(operator(1), REPORTS, id, "submit", 1, null).then().statusCode(200).extract().response());
        assertThat(submitted.getString("warning.level.code")).isEqualTo("RED");
        assertThat(submitted.getList("warning.reasons.code")).containsExactly("WARNING_EXECUTION_LAGGING");
        assertThat(submitted.getMap("warning.reasons[0].arguments")).containsEntry("executionRate", "41.18").containsEntry("lag", "33.82");
        assertThat(submitted.getString("execution.source.code")).isEqualTo("PROVINCE");
        assertThat(submitted.getBoolean("execution.flagged")).isFalse();
        assertThat(submitted.getString("fundsStatus.code")).isEqualTo("DECISION_PENDING");
    }

    @Test
    void aUnitsFiguresNeedAReasonAndBeyondTheToleranceAreFlaggedOnTheReportAndInFinancesList() {
        String goal = DISTRICT.approvedGoal("PROJECT", 2, DISTRICT.workedExampleContent());
        synced(2, "34000000.00", "13000000.00", LocalDate.of(2022, 9, 30));
        JsonPath opened = openReport(2, goal);
        String id = opened.getString("id");

        // the example: the unit types 25,500,000 executed, which would make the warning GREEN
        String typed = "{\"adjustedBudget\":34000000.00,\"executed\":25500000.00}";
        entries(operator(2), REPORTS, id, 0, reportBody(opened, typed)).then().statusCode(422)
                .body("code", equalTo("EXECUTION_OVERRIDE_REASON_REQUIRED"))
                .body("parameters.field", equalTo("execution.overrideReason"))
                .body("parameters.provinceExecuted", equalTo("13000000.00"))
                .body("parameters.asOf", equalTo("2022-09-30"));
        // an old client sending the province's own figures without a reason is accepted
        JsonPath same = Json.of(entries(operator(2), REPORTS, id, 0,
                reportBody(opened, "{\"adjustedBudget\":34000000,\"executed\":13000000}")).then().statusCode(200).extract().response());
        assertThat(same.getString("execution.source.code")).isEqualTo("PROVINCE");
        assertThat(same.getString("warning.level.code")).isEqualTo("RED");

        String reasoned = "{\"adjustedBudget\":34000000.00,\"executed\":25500000.00,\"overrideReason\":\"含已审批待支付的12,500,000元\"}";
        JsonPath overridden = Json.of(entries(operator(2), REPORTS, id, 1, reportBody(opened, reasoned)).then().statusCode(200).extract().response());
        assertThat(overridden.getString("execution.source.code")).isEqualTo("UNIT_OVERRIDE");
        assertThat(overridden.getString("execution.overrideReason")).isEqualTo("含已审批待支付的12,500,000元");
        assertThat(overridden.getBoolean("execution.flagged")).isTrue();
        assertThat(Json.decimal(overridden, "execution.provinceFigures.executed")).isEqualByComparingTo("13000000.00");
        assertThat(Json.decimal(overridden, "execution.provinceFigures.rate")).isEqualByComparingTo("38.24");
        assertThat(Json.decimal(overridden, "execution.deviation.executed")).isEqualByComparingTo("12500000.00");
        assertThat(Json.decimal(overridden, "execution.deviation.adjustedBudget")).isEqualByComparingTo("0");
        assertThat(overridden.getString("execution.asOf")).isEqualTo("2022-09-30");

        JsonPath submitted = Json.of(command(operator(2), REPORTS, id, "submit", 2, null).then().statusCode(200).extract().response());
        assertThat(Json.decimal(submitted, "execution.rate")).isEqualByComparingTo("75.00");
        assertThat(submitted.getString("warning.level.code")).as("computed from the effective (overridden) figures").isEqualTo("GREEN");
        assertThat(submitted.getBoolean("execution.flagged")).isTrue();

        List<String> flagged = as(finance).when().get("/api/v1/monitoring-reports?fiscalYear=2022&executionFlagged=true&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        List<String> notFlagged = as(finance).when().get("/api/v1/monitoring-reports?fiscalYear=2022&executionFlagged=false&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(flagged).contains(id);
        assertThat(notFlagged).doesNotContain(id);
        as(finance).when().get("/api/v1/monitoring-reports?executionFlagged=maybe").then().statusCode(400);
    }

    @Test
    void aSelfEvaluationCountsTheProvincesFiguresAndAnOverrideOfTheBudgetNeedsAReasonAndIsFlagged() {
        String goal = DISTRICT.approvedGoal("PROJECT", 3, DISTRICT.workedExampleContent());
        synced(3, "33800000.00", "33000000.00", LocalDate.of(2022, 12, 31));   // 97.63 % → 10 × 0.9763 = 9.76
        JsonPath opened = Json.of(as(operator(3)).body("{\"goalId\":\"" + goal + "\"}").when().post("/api/v1/self-evaluations")
                .then().statusCode(201).extract().response());
        String id = opened.getString("id");
        assertThat(opened.getString("execution.source.code")).isEqualTo("PROVINCE");
        assertThat(opened.getString("execution.asOf")).isEqualTo("2022-12-31");
        assertThat(Json.decimal(opened, "execution.rate")).isEqualByComparingTo("97.63");
        assertThat(Json.decimal(opened, "execution.score")).isEqualByComparingTo("9.76");

        // the example: an adjusted budget of 1,000,000 for a project the province funds with 33,800,000
        String typed = "{\"execution\":{\"adjustedBudget\":1000000.00,\"executed\":33000000.00}}";
        entries(operator(3), EVALUATIONS, id, 0, typed).then().statusCode(422)
                .body("code", equalTo("EXECUTION_OVERRIDE_REASON_REQUIRED")).body("parameters.provinceAdjustedBudget", equalTo("33800000.00"));
        JsonPath overridden = Json.of(entries(operator(3), EVALUATIONS, id, 0,
                "{\"execution\":{\"adjustedBudget\":1000000.00,\"executed\":33000000.00,\"overrideReason\":\"按单位口径\"}}")
                .then().statusCode(200).extract().response());
        assertThat(overridden.getString("execution.source.code")).isEqualTo("UNIT_OVERRIDE");
        assertThat(overridden.getBoolean("execution.flagged")).isTrue();
        assertThat(Json.decimal(overridden, "execution.deviation.adjustedBudget")).isEqualByComparingTo("-32800000.00");
        assertThat(Json.decimal(overridden, "execution.score")).as("scored from the effective figures, capped").isEqualByComparingTo("10.00");

        assertThat(as(finance).when().get("/api/v1/self-evaluations?fiscalYear=2022&executionFlagged=true&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).contains(id);
        assertThat(as(finance).when().get("/api/v1/self-evaluations?fiscalYear=2022&executionFlagged=false&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).doesNotContain(id);

        // back to the province's figures: no reason needed, no flag
        JsonPath back = Json.of(entries(operator(3), EVALUATIONS, id, 1,
                "{\"execution\":{\"adjustedBudget\":33800000.00,\"executed\":33000000.00}}").then().statusCode(200).extract().response());
        assertThat(back.getString("execution.source.code")).isEqualTo("PROVINCE");
        assertThat(back.getBoolean("execution.flagged")).isFalse();
    }

    @Test
    void withoutSyncedFiguresTheUnitsFiguresCountAndSaySo() {
        String goal = DISTRICT.approvedGoal("DEPARTMENT_OVERALL", 4, DISTRICT.workedExampleContent());
        JsonPath opened = Json.of(as(operator(4)).body("{\"goalId\":\"" + goal + "\"}").when().post("/api/v1/self-evaluations")
                .then().statusCode(201).extract().response());
        assertThat((Object) opened.get("execution")).isNull();
        JsonPath typed = Json.of(entries(operator(4), EVALUATIONS, opened.getString("id"), 0,
                "{\"execution\":{\"adjustedBudget\":500000.00,\"executed\":450000.00}}").then().statusCode(200).extract().response());
        assertThat(typed.getString("execution.source.code")).isEqualTo("UNIT");
        assertThat((Object) typed.get("execution.asOf")).isNull();
        assertThat((Object) typed.get("execution.provinceFigures")).isNull();
        assertThat(typed.getBoolean("execution.flagged")).isFalse();
    }

    @Test
    void suspendedFundsFailTheReadinessAndTheLibraryEntryIsRefusedWithEveryFailingCheckUntilReady() {
        String project = DISTRICT.project(5);
        String entry = "/api/v1/projects/" + project + "/library-entry";
        String readiness = "/api/v1/projects/" + project + "/readiness";
        as(finance).when().get(entry).then().statusCode(200).body("status.code", equalTo("NOT_ENTERED"));
        as(finance).when().get("/api/v1/projects/" + project).then().statusCode(200).body("library.status.code", equalTo("NOT_ENTERED"));

        // nothing yet: every failing check is listed, as the readiness read lists them
        JsonPath refused = Json.of(as(finance).when().post(entry).then().statusCode(422).body("code", equalTo("PROJECT_NOT_READY")).extract().response());
        List<String> failing = as(finance).when().get(readiness).then().statusCode(200).extract().jsonPath()
                .getList("checks.findAll { !it.passed }.check");
        assertThat(failing).contains("READINESS_APPROVED_GOAL", "READINESS_PRE_ASSESSMENT");
        assertThat(refused.getList("parameters.failures.check")).containsExactlyElementsOf(failing);
        assertThat(refused.getList("parameters.failures.reason")).contains("READINESS_GOAL_MISSING");
        assertThat(refused.getString("parameters.failures[0].arguments.projectCode")).isEqualTo(project);
        as(operator(5)).when().post(entry).then().statusCode(403);

        String goal = DISTRICT.approvedGoal("PROJECT", 5, DISTRICT.workedExampleContent());
        as(finance).body("{\"amount\":2000000.00,\"classification\":\"ONGOING\",\"classificationReason\":\"延续性项目\"}")
                .when().put("/api/v1/projects/" + project + "/budget-arrangement").then().statusCode(201);

        // a red report on which finance suspends the funds (暂缓拨款)
        synced(5, "34000000.00", "13000000.00", LocalDate.of(2022, 9, 30));
        JsonPath opened = openReport(5, goal);
        String report = opened.getString("id");
        entries(operator(5), REPORTS, report, 0, reportBody(opened, null)).then().statusCode(200);
        command(operator(5), REPORTS, report, "submit", 1, null).then().statusCode(200).body("warning.level.code", equalTo("RED"));
        as(finance).header("If-Match", "\"2\"").body("{\"decision\":\"SUSPEND\",\"reason\":\"执行严重滞后\"}")
                .when().post("/api/v1/monitoring-reports/" + report + "/funds-decisions").then().statusCode(200);

        JsonPath check = as(finance).when().get(readiness).then().statusCode(200).body("ready", equalTo(false)).extract().jsonPath();
        assertThat(check.getList("checks.findAll { !it.passed }.check")).containsExactly("READINESS_FUNDS_NOT_SUSPENDED");
        assertThat(check.getString("checks.find { it.check == 'READINESS_FUNDS_NOT_SUSPENDED' }.reason")).isEqualTo("READINESS_FUNDS_SUSPENDED");
        assertThat(check.getString("checks.find { it.check == 'READINESS_FUNDS_NOT_SUSPENDED' }.explanation")).contains(report, "执行严重滞后");
        as(finance).when().post(entry).then().statusCode(422).body("code", equalTo("PROJECT_NOT_READY"))
                .body("parameters.failures.check", org.hamcrest.Matchers.contains("READINESS_FUNDS_NOT_SUSPENDED"))
                .body("parameters.failures[0].reason", equalTo("READINESS_FUNDS_SUSPENDED"))
                .body("parameters.failures[0].arguments.reportId", equalTo(report));

        // a later decision to continue lifts it: the project enters, once
        as(finance).header("If-Match", "\"3\"").body("{\"decision\":\"CONTINUE\",\"reason\":\"已整改\"}")
                .when().post("/api/v1/monitoring-reports/" + report + "/funds-decisions").then().statusCode(200);
        Response entered = as(finance).header("Idempotency-Key", "library-" + project).when().post(entry);
        as(finance).header("Idempotency-Key", "library-" + project).when().post(entry).then().statusCode(201)
                .body("enteredAt", equalTo(entered.jsonPath().getString("enteredAt")));   // a retry under its key replays the answer
        entered.then().statusCode(201).body("status.code", equalTo("IN_LIBRARY")).body("enteredBy", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
        assertThat(entered.getHeader("Location")).endsWith(entry);
        assertThat(entered.jsonPath().getList("checks.check")).contains("READINESS_APPROVED_GOAL", "READINESS_FUNDS_NOT_SUSPENDED");
        as(finance).when().post(entry).then().statusCode(409).body("code", equalTo("PROJECT_ALREADY_IN_LIBRARY"));
        as(operator(5)).when().get("/api/v1/projects/" + project).then().statusCode(200)
                .body("library.status.code", equalTo("IN_LIBRARY")).body("library.enteredAt", org.hamcrest.Matchers.notNullValue());
        JsonPath list = as(finance).when().get("/api/v1/projects?fiscalYear=2022&size=100").then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("items.find { it.projectCode == '" + project + "' }.library.status.code")).isEqualTo("IN_LIBRARY");
        assertThat(list.getString("items.find { it.projectCode == '" + DISTRICT.project(1) + "' }.library.status.code")).isEqualTo("NOT_ENTERED");
    }

    static Response get(String token, String path) {
        return as(token).when().get(path);
    }
}
