package cn.gov.daxiang.perf.adapter.rest.events;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Json;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.adapter.rest.sync.SyncFixture;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.out.DomainEventSubscriber;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.as;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.command;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.entries;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * docs/extending.md, path 1, shown: a subscriber living only in this adapter's test sources ({@link RecordingSubscriber})
 * hears every event type the domain and application declare while the service is driven over HTTP through every
 * capability. The event types are found by scanning the compiled {@code domain} and {@code application} classes, not
 * listed here, so a new event type without a scenario below fails this test.
 *
 * <p>The sync part empties the sync tables first, as the sync tests do, and leaves them empty for the next class. The
 * rest uses unit codes 374xxx and fiscal year 2021, and grade and weight configuration from 2098 on, which no other
 * test uses.
 */
@QuarkusTest
class EveryEventSubscriberTest {

    /**
     * Event types no scenario can publish over the API, each with the reason. Empty: every type is reached. An entry
     * here is a gap to close, not a convenience.
     */
    private static final Map<String, String> NOT_REACHABLE_OVER_THE_API = Map.of();

    private static final EvaluationFixture DISTRICT = new EvaluationFixture("374", 2021, 4);
    private static final String RENOVATION = "43050324T000000000001";
    private static final int FROM = 2098;

    @Inject
    DataSource dataSource;
    @Inject
    ImportReferenceDataUseCase importReferenceData;
    @Inject
    RecordingSubscriber recorder;

    private final String finance = TestTokens.financeReviewer();
    private final String admin = TestTokens.financeAdmin();
    private final String department = TestTokens.deptReviewer(DISTRICT.department);

    @AfterAll
    static void leaveClean() {
        SyncFixture.cleanAfterAll();
    }

    @Test
    void aSubscriberInTheAdaptersTestSourcesHearsEveryEventTypeWithItsActorAndSnapshots() {
        Set<String> declared = new TreeSet<>();
        declared.addAll(eventTypesInTheModuleOf(DomainEvent.class));
        declared.addAll(eventTypesInTheModuleOf(DomainEventSubscriber.class));
        assertThat(declared).as("event types found in domain and application").isNotEmpty();
        assertThat(NOT_REACHABLE_OVER_THE_API.keySet()).as("allow-list entries that are event types").isSubsetOf(declared);

        SyncFixture.clean(dataSource);
        recorder.reset();

        provincialSync();
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
        indicatorLibrary();
        gradingConfiguration();
        goalLifecycle();
        String round = monitoringRound();
        fundsDecidedOnARedReport(round);
        reviewedReport(round);
        completedSelfEvaluation();
        campaign();
        preAssessmentAndBudgetArrangement();
        libraryEntry();
        agencies();
        keyEvaluation();
        allocation();

        Map<String, Long> counts = recorder.counts();
        Set<String> expected = new TreeSet<>(declared);
        expected.removeAll(NOT_REACHABLE_OVER_THE_API.keySet());
        System.out.printf("[EveryEventSubscriberTest] %d event types declared in domain and application:%n  %s%n", declared.size(),
                String.join("\n  ", declared));
        System.out.printf("[EveryEventSubscriberTest] %d event types received (events per type):%n  %s%n", counts.size(),
                String.join("\n  ", counts.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue()).toList()));
        System.out.printf("[EveryEventSubscriberTest] not reachable over the API (allow-list): %s%n", NOT_REACHABLE_OVER_THE_API);

        assertThat(new TreeSet<>(counts.keySet())).as("event types the test-only subscriber received")
                .containsExactlyElementsOf(expected);
        assertThat(recorder.defects()).as("events published without their actor, time or snapshots").isEmpty();
    }

    // ---- the provincial sync: reference records taken over and withdrawn, a receipt, a dead letter, a conflict

    private void provincialSync() {
        ProvincialPlatformSimulator simulator = SyncFixture.simulator();
        simulator.seedSampleDistrict();
        simulator.faults().rejectedMessageTypes.add("sync.receipt");
        JsonPath first = SyncFixture.syncOnce(null, 60);
        assertThat(first.getLong("upserted")).as("records taken over").isPositive();
        assertThat(first.getLong("failed")).as("the refused receipt").isEqualTo(1);

        String deadLetter = given().auth().oauth2(admin).when().get("/api/v1/sync/dead-letters")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath().getString("items[0].id");
        simulator.faults().rejectedMessageTypes.clear();
        given().auth().oauth2(TestTokens.sync()).when().post("/api/v1/sync/dead-letters/" + deadLetter + "/retry")
                .then().statusCode(200).body("state.code", equalTo("PENDING"));

        simulator.deleteProject(RENOVATION);
        assertThat(SyncFixture.syncOnce(null, 60).getLong("conflicts")).isEqualTo(1);
        String conflict = given().auth().oauth2(admin).queryParam("state", "OPEN").when().get("/api/v1/sync/conflicts")
                .then().statusCode(200).body("items[0].kind.code", equalTo("PROJECT_DELETED_UPSTREAM"))
                .extract().jsonPath().getString("items[0].id");
        as(admin).body("{\"resolution\":\"ACCEPT_PROVINCIAL\",\"note\":\"省平台已撤销该项目\"}")
                .when().post("/api/v1/sync/conflicts/" + conflict + "/resolve").then().statusCode(200);
        given().auth().oauth2(admin).when().get("/api/v1/projects/" + RENOVATION).then().statusCode(404);
    }

    // ---- agencies (register, revise, appoint, remove) and a framework version published

    private void agencies() {
        Response registered = as(admin).body("{\"agencyId\":\"EVERY-EVENT-374\",\"name\":\"全事件测试机构\"}").when().post("/api/v1/agencies");
        registered.then().statusCode(201);
        Response revised = as(admin).header("If-Match", registered.getHeader("ETag"))
                .body("{\"name\":\"全事件测试机构（更名）\",\"contact\":\"王经理\"}").when().put("/api/v1/agencies/EVERY-EVENT-374");
        revised.then().statusCode(200);
        Response appointed = as(admin).header("If-Match", revised.getHeader("ETag")).body("{\"userId\":\"every-event-374\",\"name\":\"全事件评价员\"}")
                .when().post("/api/v1/agencies/EVERY-EVENT-374/evaluators");
        appointed.then().statusCode(200);
        as(admin).header("If-Match", appointed.getHeader("ETag")).body("{}").when().post("/api/v1/agencies/EVERY-EVENT-374/evaluators/every-event-374/remove")
                .then().statusCode(200);
        as(admin).body("{\"name\":\"全事件测试指标体系\",\"objectKind\":\"PROJECT\",\"indicators\":[{\"code\":\"A\",\"name\":\"产出\",\"children\":"
                + "[{\"code\":\"A1\",\"name\":\"数量\",\"children\":[{\"code\":\"A11\",\"name\":\"完成率\",\"points\":100}]}]}]}")
                .when().post("/api/v1/evaluation-frameworks/EVERY-EVENT-374/versions").then().statusCode(201);
    }

    // ---- a key evaluation of the department's overall spending: planned, commissioned, framework, fieldwork, scored, findings,
    //      submitted, returned, submitted again, accepted

    private void keyEvaluation() {
        String evaluator = TestTokens.evaluator("ZHENRUI");
        Response planned = as(finance).body("{\"title\":\"全事件测试部门整体支出评价\",\"fiscalYear\":2021,\"subjectKind\":\"DEPARTMENT_OVERALL\","
                + "\"dueDate\":\"2021-10-31\",\"object\":{\"kind\":\"DEPARTMENT_OVERALL\",\"departmentCode\":\"" + DISTRICT.department + "\"}}")
                .when().post("/api/v1/key-evaluations");
        planned.then().statusCode(201);
        String id = planned.jsonPath().getString("id");
        Response step = command(finance, "key-evaluations", id, "commission", 0, "{\"agencyId\":\"ZHENRUI\"}");
        step.then().statusCode(200);
        step = as(finance).header("If-Match", step.getHeader("ETag")).body("{\"frameworkCode\":\"DEPARTMENT-OVERALL\",\"version\":1}")
                .when().put("/api/v1/key-evaluations/" + id + "/framework");
        step.then().statusCode(200);
        List<Map<String, Object>> leaves = step.jsonPath().getList("indicators.children.flatten().children.flatten()");
        StringBuilder sheet = new StringBuilder("{\"scores\":[");
        for (Map<String, Object> leaf : leaves) {
            sheet.append("{\"indicatorCode\":\"").append(leaf.get("code")).append("\",\"score\":").append(leaf.get("points")).append("},");
        }
        sheet.setLength(sheet.length() - 1);
        sheet.append("]}");
        step = command(evaluator, "key-evaluations", id, "fieldwork", 2, null);
        step.then().statusCode(200);
        step = as(evaluator).header("If-Match", step.getHeader("ETag")).body(sheet.toString()).when().put("/api/v1/key-evaluations/" + id + "/scores");
        step.then().statusCode(200);
        step = as(evaluator).header("If-Match", step.getHeader("ETag")).body("{\"findings\":[{\"text\":\"全事件测试问题\",\"rectification\":{\"responsibleUnitCode\":\""
                        + DISTRICT.department + "\"}}]}")
                .when().put("/api/v1/key-evaluations/" + id + "/findings");
        step.then().statusCode(200);
        step = command(evaluator, "key-evaluations", id, "submit", 5, null);
        step.then().statusCode(200);
        step = command(finance, "key-evaluations", id, "return", 6, "{\"reasons\":[\"全事件测试退回\"]}");
        step.then().statusCode(200);
        step = command(evaluator, "key-evaluations", id, "submit", 7, null);
        step.then().statusCode(200);
        command(finance, "key-evaluations", id, "accept", 8, null).then().statusCode(200).body("state.code", equalTo("ACCEPTED"));
        rectification(id);
    }

    // ---- the rectification the accepted evaluation's finding issued: started, reported with evidence, returned, reported, verified

    private void rectification(String keyEvaluation) {
        String unit = TestTokens.unitOperator(DISTRICT.department);
        String item = as(finance).when().get("/api/v1/rectifications?evaluation=" + keyEvaluation).then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getString("items[0].id");
        command(unit, "rectifications", item, "start", 0, null).then().statusCode(200);
        cn.gov.daxiang.perf.adapter.rest.evidence.Multipart form = new cn.gov.daxiang.perf.adapter.rest.evidence.Multipart()
                .field("ownerType", "RECTIFICATION").field("ownerId", item).field("purpose", "SUPPORTING")
                .file("整改佐证.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        given().auth().oauth2(unit).contentType(form.contentType()).body(form.body()).when().post("/api/v1/evidence-files").then().statusCode(201);
        command(unit, "rectifications", item, "report", 1, "{\"text\":\"全事件测试整改\"}").then().statusCode(200);
        command(finance, "rectifications", item, "return", 2, "{\"reason\":\"全事件测试退回\"}").then().statusCode(200);
        command(unit, "rectifications", item, "report", 3, "{\"text\":\"全事件测试再次整改\"}").then().statusCode(200);
        command(finance, "rectifications", item, "verify", 4, null).then().statusCode(200).body("state.code", equalTo("VERIFIED"));
    }

    // ---- result application: a policy version published (the default's rules again), the 2022 decisions proposed from the
    //      2021 key evaluation, the department's confirmed, then overridden: superseded by a new confirmed decision

    private void allocation() {
        Response current = given().auth().oauth2(admin).when().get("/api/v1/allocation-policies/current");
        current.then().statusCode(200);
        StringBuilder rules = new StringBuilder();
        for (String type : List.of("KEY_EVALUATION", "SELF_EVALUATION")) {
            rules.append("{\"evaluationType\":\"").append(type).append("\",\"grade\":\"EXCELLENT\",\"treatment\":\"KEY_SUPPORT\",\"adjustmentPercent\":0},")
                    .append("{\"evaluationType\":\"").append(type).append("\",\"grade\":\"GOOD\",\"treatment\":\"PRIORITY\",\"adjustmentPercent\":0},")
                    .append("{\"evaluationType\":\"").append(type).append("\",\"grade\":\"MEDIUM\",\"treatment\":\"REDUCE_OR_MERGE\",\"adjustmentPercent\":-10},")
                    .append("{\"evaluationType\":\"").append(type).append("\",\"grade\":\"WEAK\",\"treatment\":\"REDUCE_OR_MERGE\",\"adjustmentPercent\":-10},")
                    .append("{\"evaluationType\":\"").append(type).append("\",\"grade\":\"POOR\",\"treatment\":\"CANCEL\",\"adjustmentPercent\":-100},");
        }
        rules.setLength(rules.length() - 1);
        as(admin).header("If-Match", current.getHeader("ETag")).body("{\"precedence\":[\"KEY_EVALUATION\",\"SELF_EVALUATION\"],\"rules\":[" + rules + "]}")
                .when().put("/api/v1/allocation-policies/current").then().statusCode(200);
        as(finance).when().post("/api/v1/allocation-decisions/proposals?budgetYear=2022").then().statusCode(201);
        String decision = given().auth().oauth2(finance).queryParam("budgetYear", 2022).queryParam("unitCode", DISTRICT.department)
                .when().get("/api/v1/allocation-decisions").then().statusCode(200).body("total", equalTo(1))
                .extract().jsonPath().getString("items[0].id");
        command(finance, "allocation-decisions", decision, "confirm", 0, null).then().statusCode(200);
        command(finance, "allocation-decisions", decision, "override", 1, "{\"treatment\":\"REDUCE_OR_MERGE\",\"adjustmentPercent\":-15,"
                + "\"reason\":\"全事件测试复核\"}").then().statusCode(201);
    }

    // ---- the indicator library and a unit's indicator system

    private void indicatorLibrary() {
        String body = "{\"industry\":\"住房城乡建设\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"全事件测试指标374\","
                + "\"valueType\":\"QUANTITATIVE\",\"typicalUnit\":\"个\",\"typicalComparator\":\"≥\",\"keywords\":[\"全事件\"]}";
        Response added = as(admin).body(body).when().post("/api/v1/indicator-templates");
        added.then().statusCode(201);
        String id = added.jsonPath().getString("id");
        Response edited = as(admin).header("If-Match", added.getHeader("ETag")).body(body.replace("全事件测试指标374", "全事件测试指标374（修订）"))
                .when().put("/api/v1/indicator-templates/" + id);
        edited.then().statusCode(200);
        Response deactivated = as(finance).header("If-Match", edited.getHeader("ETag")).body("{}")
                .when().post("/api/v1/indicator-templates/" + id + "/deactivate");
        deactivated.then().statusCode(200).body("active", equalTo(false));
        as(finance).header("If-Match", deactivated.getHeader("ETag")).body("{}")
                .when().post("/api/v1/indicator-templates/" + id + "/activate").then().statusCode(200).body("active", equalTo(true));

        String system = "/api/v1/budget-units/" + DISTRICT.unit(1) + "/indicator-system";
        as(TestTokens.unitOperator(DISTRICT.unit(1))).body("{\"templateId\":\"" + id + "\"}").when().post(system + "/templates")
                .then().statusCode(200);
    }

    // ---- grade schemes, their catalog, the weight template catalog (all from 2098 on, which nothing grades)

    private void gradingConfiguration() {
        String scheme = "every-" + FROM;
        as(admin).body("{\"schemeId\":\"" + scheme + "\",\"name\":\"全事件测试等级\",\"bands\":[{\"grade\":\"EXCELLENT\",\"lowerBound\":95},"
                        + "{\"grade\":\"GOOD\",\"lowerBound\":85},{\"grade\":\"POOR\",\"lowerBound\":0}]}")
                .when().post("/api/v1/grade-schemes").then().statusCode(201);
        as(admin).header("If-Match", "\"0\"").body("{\"name\":\"全事件测试等级（修订）\",\"bands\":[{\"grade\":\"EXCELLENT\",\"lowerBound\":90},"
                        + "{\"grade\":\"GOOD\",\"lowerBound\":80},{\"grade\":\"POOR\",\"lowerBound\":0}]}")
                .when().put("/api/v1/grade-schemes/" + scheme).then().statusCode(200);

        Response catalog = given().auth().oauth2(admin).when().get("/api/v1/grade-scheme-catalog");
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (Map<String, Object> entry : catalog.then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("entries")) {
            assignments.add(Map.of("evaluationType", codes(entry.get("evaluationType")), "effectiveFrom", codes(entry.get("effectiveFrom")),
                    "schemeId", codes(entry.get("schemeId"))));
        }
        assignments.add(Map.of("evaluationType", "SELF_EVALUATION", "effectiveFrom", FROM, "schemeId", scheme));
        as(admin).header("If-Match", catalog.getHeader("ETag")).body(json(Map.of("entries", assignments)))
                .when().put("/api/v1/grade-scheme-catalog").then().statusCode(200);

        Response weights = given().auth().oauth2(admin).when().get("/api/v1/weight-template-catalog");
        List<Map<String, Object>> templates = new ArrayList<>();
        for (Map<String, Object> entry : weights.then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("entries")) {
            templates.add(Map.of("kind", codes(entry.get("kind")), "effectiveFrom", codes(entry.get("effectiveFrom")),
                    "executionRate", codes(entry.get("executionRate")), "groups", codes(entry.get("groups"))));
        }
        Map<String, Object> groups = new LinkedHashMap<>();
        groups.put("OUTPUT", 55);
        groups.put("BENEFIT", 25);
        groups.put("SATISFACTION", 10);
        templates.add(Map.of("kind", "PROJECT", "effectiveFrom", FROM, "executionRate", 10, "groups", groups));
        as(admin).header("If-Match", weights.getHeader("ETag")).body(json(Map.of("entries", templates)))
                .when().put("/api/v1/weight-template-catalog").then().statusCode(200);
    }

    // ---- a goal through every step: declared, assigned for review, submitted, returned, revised, edited, reviewed, approved, published, adjusted

    private void goalLifecycle() {
        String unit = TestTokens.unitOperator(DISTRICT.unit(1));
        Response declared = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", 1, DISTRICT.workedExampleContent()));
        declared.then().statusCode(201);
        String id = declared.jsonPath().getString("id");

        given().auth().oauth2(finance).contentType("application/json").body("{\"agencyId\":\"ZHENRUI\"}")
                .when().put("/api/v1/performance-goals/" + id + "/review-assignment").then().statusCode(200);

        String etag = goalStep(unit, id, "submit", goalEtag(id), null);
        etag = goalStep(department, id, "return", etag, "{\"reasons\":[{\"text\":\"年度目标需写明资金规模\"}]}");
        etag = goalStep(unit, id, "revise", etag, null);
        Response edited = as(unit).header("If-Match", etag)
                .body("{\"content\":" + DISTRICT.workedExampleContent().replace("完成12个", "投入300万元完成12个") + "}")
                .when().put("/api/v1/performance-goals/" + id + "/content");
        edited.then().statusCode(200);
        etag = goalStep(unit, id, "submit", edited.getHeader("ETag"), null);
        etag = goalStep(department, id, "pass-department-review", etag, "{\"note\":\"同意上报\"}");
        etag = goalStep(finance, id, "finance-review", etag, "{\"grade\":\"EXCELLENT\"}");
        etag = goalStep(finance, id, "approve", etag, null);
        etag = goalStep(finance, id, "publish", etag, null);
        goalStep(unit, id, "adjustments", etag, "{\"reason\":\"年中追加预算，调整改造数量\"}");
    }

    private static String goalStep(String token, String id, String command, String etag, String body) {
        Response response = GoalFixture.command(token, id, command, etag, body);
        response.then().statusCode(200);
        return response.getHeader("ETag") != null ? response.getHeader("ETag") : goalEtag(id);
    }

    private static String goalEtag(String id) {
        return given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/performance-goals/" + id)
                .then().statusCode(200).extract().header("ETag");
    }

    // ---- monitoring: a round opened and changed, a RED report's funds decided, a report through every review step

    private String monitoringRound() {
        Response opened = as(finance).body("{\"fiscalYear\":2021,\"cutOffMonth\":6,\"dueDate\":\"2021-07-20\"}").when().post("/api/v1/monitoring-rounds");
        opened.then().statusCode(201);
        String round = opened.jsonPath().getString("id");
        as(finance).header("If-Match", opened.getHeader("ETag")).body("{\"yellowLagAbove\":12,\"redLagAbove\":22}")
                .when().put("/api/v1/monitoring-rounds/" + round).then().statusCode(200);
        return round;
    }

    /** Unit 2's report executed 20.00 % against a time progress of 50.00 %: a lag of 30 points, RED; finance suspends the funds. */
    private void fundsDecidedOnARedReport(String round) {
        String report = submittedReport(round, 2, "200000.00");
        as(finance).header("If-Match", "\"2\"").body("{\"decision\":\"SUSPEND\",\"reason\":\"执行严重滞后，暂缓拨付剩余资金\"}")
                .when().post("/api/v1/monitoring-reports/" + report + "/funds-decisions").then().statusCode(200)
                .body("fundsStatus.code", equalTo("SUSPENDED"));
    }

    /** Unit 3's report on time progress: the department returns it, then passes it, finance returns it, then approves it. */
    private void reviewedReport(String round) {
        String operator = TestTokens.unitOperator(DISTRICT.unit(3));
        String report = submittedReport(round, 3, "500000.00");
        command(department, "monitoring-reports", report, "dept-return", 2, "{\"reason\":\"请补充执行说明\"}").then().statusCode(200);
        command(operator, "monitoring-reports", report, "submit", 3, null).then().statusCode(200);
        command(department, "monitoring-reports", report, "dept-approve", 4, "{\"opinion\":\"同意\"}").then().statusCode(200);
        command(finance, "monitoring-reports", report, "finance-return", 5, "{\"reason\":\"满意度调查样本不足\"}").then().statusCode(200);
        command(operator, "monitoring-reports", report, "submit", 6, null).then().statusCode(200);
        command(department, "monitoring-reports", report, "dept-approve", 7, null).then().statusCode(200);
        command(finance, "monitoring-reports", report, "finance-approve", 8, null).then().statusCode(200)
                .body("status.code", equalTo("FINANCE_REVIEWED"));
    }

    /** Opens unit n's report on its approved goal, fills every indicator on track and the budget side, submits it (revision 2). */
    private String submittedReport(String round, int unit, String executed) {
        String goal = DISTRICT.approvedGoal("PROJECT", unit, DISTRICT.workedExampleContent());
        String operator = TestTokens.unitOperator(DISTRICT.unit(unit));
        JsonPath report = Json.of(as(operator).body("{\"roundId\":\"" + round + "\",\"goalId\":\"" + goal + "\"}")
                .when().post("/api/v1/monitoring-reports").then().statusCode(201).extract().response());
        String id = report.getString("id");
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("改造小区数量", "\"actualToDate\":6,\"projectedYearEnd\":12,\"likelihood\":\"CERTAIN\"");
        figures.put("单位改造成本", "\"actualToDate\":330,\"projectedYearEnd\":345,\"likelihood\":\"CERTAIN\"");
        figures.put("安全事故起数", "\"actualToDate\":0,\"projectedYearEnd\":0,\"likelihood\":\"CERTAIN\"");
        figures.put("受益居民户数", "\"actualToDate\":800,\"projectedYearEnd\":1550,\"likelihood\":\"POSSIBLE\"");
        figures.put("小区长效管理机制", "\"projectedTier\":\"ACHIEVED\",\"likelihood\":\"POSSIBLE\"");
        figures.put("居民满意度", "\"actualToDate\":88,\"projectedYearEnd\":91,\"likelihood\":\"POSSIBLE\"");
        List<String> lines = new ArrayList<>();
        figures.forEach((name, value) -> lines.add("{\"indicatorId\":\"" + report.getString("lines.find { it.name == '" + name + "' }.indicatorId")
                + "\"," + value + "}"));
        entries(operator, "monitoring-reports", id, 0, "{\"execution\":{\"adjustedBudget\":1000000.00,\"executed\":" + executed
                + "},\"lines\":[" + String.join(",", lines) + "]}").then().statusCode(200);
        command(operator, "monitoring-reports", id, "submit", 1, null).then().statusCode(200);
        return id;
    }

    // ---- a self-evaluation from opening to completion, through every review step

    private void completedSelfEvaluation() {
        String goal = DISTRICT.approvedGoal("PROJECT", 4, DISTRICT.workedExampleContent());
        String operator = TestTokens.unitOperator(DISTRICT.unit(4));
        JsonPath draft = Json.of(as(operator).body("{\"goalId\":\"" + goal + "\"}").when().post("/api/v1/self-evaluations")
                .then().statusCode(201).extract().response());
        String id = draft.getString("id");
        String body = """
                {"execution":{"adjustedBudget":3000000.00,"executed":2900000.00},
                 "overallAchievement":"完成12个小区改造，惠及居民1600户。",
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
        command(department, "self-evaluations", id, "dept-return", 2, "{\"reason\":\"请补充满意度调查说明\"}").then().statusCode(200);
        command(operator, "self-evaluations", id, "submit", 3, null).then().statusCode(200);
        command(department, "self-evaluations", id, "dept-approve", 4, "{\"opinion\":\"同意\"}").then().statusCode(200);
        command(finance, "self-evaluations", id, "finance-return", 5, "{\"reason\":\"请补充满意度调查样本量\"}").then().statusCode(200);
        command(operator, "self-evaluations", id, "submit", 6, null).then().statusCode(200);
        command(department, "self-evaluations", id, "dept-approve", 7, null).then().statusCode(200);
        command(finance, "self-evaluations", id, "finance-approve", 8, null).then().statusCode(200)
                .body("status.code", equalTo("FINANCE_REVIEWED"));
        evidenceAttached(operator, id);
    }

    /** The unit backs its self-evaluation with a 佐证材料 file (EvidenceFileAttached). */
    private static void evidenceAttached(String operator, String selfEvaluation) {
        cn.gov.daxiang.perf.adapter.rest.evidence.Multipart form = new cn.gov.daxiang.perf.adapter.rest.evidence.Multipart()
                .field("ownerType", "SELF_EVALUATION").field("ownerId", selfEvaluation).field("purpose", "SUPPORTING")
                .file("满意度调查样本.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        given().auth().oauth2(operator).contentType(form.contentType()).body(form.body()).when().post("/api/v1/evidence-files")
                .then().statusCode(201).body("owner.type.code", equalTo("SELF_EVALUATION"));
    }

    private static String indicator(JsonPath evaluation, String name) {
        return evaluation.getString("lines.find { it.name == '" + name + "' }.indicatorId");
    }

    // ---- a campaign issued, its deadline extended, a missed unit added

    private void campaign() {
        Response issued = as(finance).body("{\"title\":\"全事件测试任务\",\"kind\":\"SELF_EVALUATION\",\"fiscalYear\":2021,\"deadline\":\"2030-01-01\","
                + "\"targets\":[{\"unitCode\":\"" + DISTRICT.unit(1) + "\",\"amount\":100.00}]}").when().post("/api/v1/campaigns");
        issued.then().statusCode(201);
        String id = issued.jsonPath().getString("id");
        Response extended = as(finance).header("If-Match", issued.getHeader("ETag")).body("{\"deadline\":\"2030-02-01\"}")
                .when().put("/api/v1/campaigns/" + id + "/deadline");
        extended.then().statusCode(200);
        as(finance).header("If-Match", extended.getHeader("ETag")).body("{\"targets\":[{\"unitCode\":\"" + DISTRICT.unit(2) + "\",\"amount\":50.50}]}")
                .when().post("/api/v1/campaigns/" + id + "/targets").then().statusCode(200).body("units", equalTo(2));
    }

    // ---- ex-ante assessment: criteria published, an assessment drafted, edited, submitted, returned, submitted again,
    // taken up with an agency commissioned, scored by its evaluator, concluded; the budget arranged and revised

    /**
     * Unit 2's project (approved goal, supporting assessment, arrangement within it) is refused the library while its funds
     * are suspended; finance lets them continue and enters it (入库).
     */
    private void libraryEntry() {
        String entry = "/api/v1/projects/" + DISTRICT.project(2) + "/library-entry";
        as(finance).when().post(entry).then().statusCode(422).body("code", equalTo("PROJECT_NOT_READY"));
        String report = as(finance).when().get("/api/v1/monitoring-reports?fundsStatus=SUSPENDED&fiscalYear=2021").then().statusCode(200)
                .extract().jsonPath().getString("items[0].id");
        as(finance).header("If-Match", "\"3\"").body("{\"decision\":\"CONTINUE\",\"reason\":\"已整改\"}")
                .when().post("/api/v1/monitoring-reports/" + report + "/funds-decisions").then().statusCode(200);
        as(finance).when().post(entry).then().statusCode(201).body("status.code", equalTo("IN_LIBRARY"));
    }

    private void preAssessmentAndBudgetArrangement() {
        Response criteria = as(admin).when().get("/api/v1/assessment-criteria");
        criteria.then().statusCode(200);
        as(admin).header("If-Match", criteria.getHeader("ETag")).body("{\"criteria\":[{\"code\":\"NECESSITY\",\"label\":\"申报必要性\",\"maxPoints\":20},"
                + "{\"code\":\"ECONOMY\",\"label\":\"投入经济性\",\"maxPoints\":20},{\"code\":\"GOALS\",\"label\":\"绩效目标合理性\",\"maxPoints\":20},"
                + "{\"code\":\"FEASIBILITY\",\"label\":\"实施方案可行性\",\"maxPoints\":20},{\"code\":\"FUNDING\",\"label\":\"筹资合规性\",\"maxPoints\":20}]}")
                .when().put("/api/v1/assessment-criteria").then().statusCode(200);

        String operator = TestTokens.unitOperator(DISTRICT.unit(2));
        String project = DISTRICT.project(2);
        String id = as(operator).body("{\"projectCode\":\"" + project + "\",\"purpose\":\"NEW_PROJECT\",\"requestedAmount\":900000.00}")
                .when().post("/api/v1/pre-assessments").then().statusCode(201).extract().jsonPath().getString("id");
        String path = "/api/v1/pre-assessments/" + id;
        as(operator).header("If-Match", "\"0\"").body("{\"purpose\":\"CONTINUATION\",\"requestedAmount\":800000.00}").when().put(path)
                .then().statusCode(200);
        command(operator, "pre-assessments", id, "submit", 1, null).then().statusCode(200);
        command(finance, "pre-assessments", id, "return", 2, "{\"reason\":\"请补充成本测算\"}").then().statusCode(200);
        command(operator, "pre-assessments", id, "submit", 3, null).then().statusCode(200);
        command(finance, "pre-assessments", id, "review", 4, "{\"agencyId\":\"ZHENRUI\"}").then().statusCode(200);
        as(TestTokens.evaluator("ZHENRUI")).header("If-Match", "\"5\"").body("{\"scores\":[" + String.join(",",
                        List.of("NECESSITY", "ECONOMY", "GOALS", "FEASIBILITY", "FUNDING").stream()
                                .map(c -> "{\"code\":\"" + c + "\",\"points\":18,\"comment\":\"合理\"}").toList()) + "]}")
                .when().put(path + "/scores").then().statusCode(200);
        command(finance, "pre-assessments", id, "conclude", 6, "{\"conclusion\":\"SUPPORT\",\"opinion\":\"予以支持\"}").then().statusCode(200);

        String arrangement = "/api/v1/projects/" + project + "/budget-arrangement";
        Response set = as(finance).body("{\"amount\":800000.00}").when().put(arrangement);
        set.then().statusCode(201);
        as(finance).header("If-Match", set.getHeader("ETag")).body("{\"amount\":750000.00}").when().put(arrangement).then().statusCode(200);
    }

    // ---- finding the event types

    /**
     * The classes implementing {@link DomainEvent} (neither interfaces nor abstract) among the compiled main classes of
     * the module that holds {@code anchor}: its classes directory in a reactor build, or its jar.
     */
    private static Set<String> eventTypesInTheModuleOf(Class<?> anchor) {
        Path root = locationOf(anchor);
        assertThat(root.toString()).as("the compiled main classes of %s, not its tests", anchor.getName()).doesNotContain("test-classes");
        Set<String> events = new TreeSet<>();
        for (String className : classNamesIn(root)) {
            Class<?> type;
            try {
                type = Class.forName(className, false, anchor.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError("cannot load " + className + " from " + root, e);
            }
            if (DomainEvent.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                events.add(type.getName());
            }
        }
        System.out.printf("[EveryEventSubscriberTest] scanned %s: %d event types%n", root, events.size());
        return events;
    }

    private static Path locationOf(Class<?> anchor) {
        try {
            URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
            return Path.of(location.toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("no location for the compiled classes of " + anchor.getName(), e);
        }
    }

    private static List<String> classNamesIn(Path root) {
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    return files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> className(root.relativize(f).toString().replace('\\', '/'))).filter(n -> n != null).toList();
                }
            }
            try (JarFile jar = new JarFile(root.toFile())) {
                return jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).map(EveryEventSubscriberTest::className)
                        .filter(n -> n != null).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class a .class file holds; null for module and package descriptors and multi-release copies. */
    private static String className(String path) {
        if (path.endsWith("module-info.class") || path.endsWith("package-info.class") || path.startsWith("META-INF/")) {
            return null;
        }
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value read from an answer, sent back in a request: every coded value {code, label} becomes its code. */
    private static Object codes(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 2 && map.containsKey("code") && map.containsKey("label")) {
            return map.get("code");
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, codes(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EveryEventSubscriberTest::codes).toList();
        }
        return value;
    }
}
