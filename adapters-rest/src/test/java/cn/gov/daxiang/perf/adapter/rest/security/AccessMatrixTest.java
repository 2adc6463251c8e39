package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.domain.access.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Broken object-level authorization (OWASP API1:2023) cannot happen here, and this proves it for every
 * operation the service's own OpenAPI document lists, including operations added later: each is called
 * without a token (401 unless documented public), with every role (authenticated: never 401, never 5xx),
 * and with tokens of another unit, department and agency, which must get 404 or 403 for an object of
 * the owner unit, and lists that never contain the owner unit's data.
 *
 * <p>A new operation joins automatically. If it has a path parameter or a body this test does not know,
 * it fails and says what to register in {@link #ownedObject} or {@link #BODIES}.
 */
@QuarkusTest
class AccessMatrixTest {

    /** The owner of the objects probed: a subordinate unit of the housing department. */
    private static final String OWNER_UNIT = DistrictFixture.HOUSING_CENTRE;
    private static final String OWNER_DEPARTMENT = DistrictFixture.HOUSING;

    /** Objects created for the probes: a goal of the owner unit and a library template. */
    private static String ownerGoal;
    private static String template;
    /**
     * The owner unit's approved 部门整体 goal, the monitoring round (district-wide), the owner's report and
     * self-evaluation of that goal, and a campaign addressed to the owner unit alone.
     */
    private static String ownerApprovedGoal;
    private static String round;
    private static String ownerReport;
    private static String ownerEvaluation;
    private static String ownerCampaign;
    /** The owner's ex-ante assessment of RENOVATION_2024, under review and commissioned to ZHENRUI (the owner-scope agency). */
    private static String ownerPreAssessment;
    /** A 佐证材料 file the owner unit attached to its goal. */
    private static String ownerEvidence;
    /** An accepted key evaluation of the owner unit's 专项债券 project, commissioned to ZHENRUI. */
    private static String ownerKeyEvaluation;
    /** A rectification finance raised on that key evaluation, the owner unit responsible for its project. */
    private static String ownerRectification;
    /** The proposed allocation decision of budget year 2031 about the owner's project, from ownerKeyEvaluation (plan year 2030). */
    private static String ownerAllocationDecision;

    /**
     * For each path parameter, an object of the owner unit (or, for district-wide reference data such as
     * library templates, one that exists). Keyed by "path-prefix:parameter" first, then by parameter.
     */
    private static String ownedObject(String path, String parameter) {
        if (path.startsWith("/api/v1/performance-goals/") && parameter.equals("id")) {
            return ownerGoal;
        }
        if (path.startsWith("/api/v1/indicator-templates/") && parameter.equals("id")) {
            return template;
        }
        if (path.startsWith("/api/v1/monitoring-rounds/") && parameter.equals("id")) {
            return round;
        }
        if (path.startsWith("/api/v1/monitoring-reports/") && parameter.equals("id")) {
            return ownerReport;
        }
        if (path.startsWith("/api/v1/self-evaluations/") && parameter.equals("id")) {
            return ownerEvaluation;
        }
        if (path.startsWith("/api/v1/campaigns/") && parameter.equals("id")) {
            return ownerCampaign;
        }
        if (path.startsWith("/api/v1/pre-assessments/") && parameter.equals("id")) {
            return ownerPreAssessment;
        }
        if (path.startsWith("/api/v1/evidence-files/") && parameter.equals("id")) {
            return ownerEvidence;
        }
        if (path.startsWith("/api/v1/key-evaluations/") && parameter.equals("id")) {
            return ownerKeyEvaluation;
        }
        if (path.startsWith("/api/v1/rectifications/") && parameter.equals("id")) {
            return ownerRectification;
        }
        if (path.startsWith("/api/v1/allocation-decisions/") && parameter.equals("id")) {
            return ownerAllocationDecision;
        }
        if (path.equals("/api/v1/evaluation-frameworks/{code}/versions")) {
            return "MATRIX-PROBE";   // publishing: finance administration publishes versions of the probes' own framework
        }
        // Agencies and frameworks belong to no unit: ZHENRUI and its demo evaluator, the national framework's first version.
        String reference = Map.of("agencyId", "ZHENRUI", "userId", "zhenrui-evaluator", "code", "NATIONAL-PROJECT", "version", "1").get(parameter);
        if (reference != null) {
            return reference;
        }
        return Map.of("unitCode", OWNER_UNIT, "projectCode", DistrictFixture.RENOVATION_2024, "number", "1", "workYear", "2024",
                "templateId", template, "schemeId", "national",
                // The sync's objects belong to no unit: outsiders get 403 before any lookup, admins 404 for these ids.
                "runId", "5b0e1a52-0000-4000-8000-000000000001",
                "messageId", "5b0e1a52-0000-4000-8000-000000000002",
                "conflictId", "5b0e1a52-0000-4000-8000-000000000003").get(parameter);
    }

    /** Operations on district-wide reference data, which every authenticated user may read. */
    private static final List<String> SHARED = List.of("GET /api/v1/indicator-templates/{id}", "GET /api/v1/monitoring-rounds/{id}",
            "GET /api/v1/grade-schemes/{schemeId}", "GET /api/v1/evaluation-frameworks/{code}/versions/{version}",
            "GET /api/v1/allocation-policies/{version}");

    /** Query strings an operation needs to answer at all. */
    private static final Map<String, String> QUERIES = Map.of("GET /api/v1/goal-coverage", "fiscalYear=2024",
            "GET /api/v1/grades", "evaluationType=SELF_EVALUATION&fiscalYear=2024&score=90.00",
            "GET /api/v1/self-evaluations/score-check", "fiscalYear=2024",
            "GET /api/v1/evidence-files", "ownerType=GOAL&ownerId=@ownerGoal", "GET /api/v1/key-evaluations/summary", "fiscalYear=2030",
            "GET /api/v1/agencies/{agencyId}/quality-ledger", "fiscalYear=2030", "GET /api/v1/rectifications/summary", "year=2030",
            "POST /api/v1/allocation-decisions/proposals", "budgetYear=2031", "GET /api/v1/self-assessment-gaps", "fromYear=2029&toYear=2030");

    /** Identifiers that belong to the owner unit and must never reach another unit's users. */
    private static final List<String> OWNER_DATA = List.of(OWNER_UNIT, DistrictFixture.RENOVATION_2024,
            DistrictFixture.RENOVATION_2025, "城市建设服务中心", "城镇老旧小区改造");

    private static final String RECTIFICATION_BODY = "{\"evaluationKind\":\"KEY_EVALUATION\",\"evaluationId\":\"@keyEvaluation\","
            + "\"projectCode\":\"" + DistrictFixture.RENOVATION_2024 + "\",\"responsibleUnitCode\":\"" + DistrictFixture.HOUSING_CENTRE
            + "\",\"text\":\"矩阵测试整改\"}";

    private static final String TEMPLATE_BODY = "{\"industry\":\"住房城乡建设\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\","
            + "\"name\":\"矩阵测试指标\",\"valueType\":\"QUANTITATIVE\",\"typicalUnit\":\"个\",\"typicalComparator\":\"≥\"}";

    /**
     * Request bodies of non-GET operations, keyed by "METHOD path" as the OpenAPI document writes it. Changes
     * are sent with a stale If-Match, so the probes change nothing they are allowed to reach.
     */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/performance-goals", "{\"kind\":\"PROJECT\",\"fiscalYear\":2025,\"unitCode\":\"" + OWNER_UNIT
                    + "\",\"projectCode\":\"" + DistrictFixture.RENOVATION_2025 + "\",\"content\":"
                    + cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture.goodContent() + "}"),
            Map.entry("PUT /api/v1/performance-goals/{id}/content", "{\"content\":"
                    + cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture.goodContent() + "}"),
            Map.entry("POST /api/v1/performance-goals/{id}/submit", "{}"),
            Map.entry("POST /api/v1/performance-goals/{id}/revise", "{}"),
            Map.entry("POST /api/v1/performance-goals/{id}/pass-department-review", "{\"note\":\"同意\"}"),
            Map.entry("POST /api/v1/performance-goals/{id}/return", "{\"reasons\":[{\"text\":\"请修改\"}]}"),
            Map.entry("POST /api/v1/performance-goals/{id}/finance-review", "{\"grade\":\"EXCELLENT\"}"),
            Map.entry("POST /api/v1/performance-goals/{id}/approve", "{}"),
            Map.entry("POST /api/v1/performance-goals/{id}/publish", "{}"),
            Map.entry("POST /api/v1/performance-goals/{id}/adjustments", "{\"reason\":\"调整\"}"),
            Map.entry("PUT /api/v1/performance-goals/{id}/review-assignment", "{\"agencyId\":\"ZHENRUI\"}"),
            Map.entry("POST /api/v1/indicator-templates", TEMPLATE_BODY),
            Map.entry("PUT /api/v1/indicator-templates/{id}", TEMPLATE_BODY),
            Map.entry("POST /api/v1/indicator-templates/{id}/activate", "{}"),
            Map.entry("POST /api/v1/indicator-templates/{id}/deactivate", "{}"),
            Map.entry("POST /api/v1/budget-units/{unitCode}/indicator-system/templates", "{\"templateId\":\"@template\"}"),
            Map.entry("POST /api/v1/performance-goals/imports", "@workbook"),
            Map.entry("POST /api/v1/sync/runs", "{}"),
            Map.entry("POST /api/v1/sync/dead-letters/{messageId}/retry", "{}"),
            Map.entry("POST /api/v1/sync/conflicts/{conflictId}/resolve", "{\"resolution\":\"KEEP_LOCAL\",\"note\":\"access matrix\"}"),
            Map.entry("POST /api/v1/grade-schemes", "{\"schemeId\":\"matrix-probe\",\"name\":\"矩阵测试等级\",\"bands\":["
                    + "{\"grade\":\"EXCELLENT\",\"lowerBound\":90},{\"grade\":\"POOR\",\"lowerBound\":0}]}"),
            Map.entry("PUT /api/v1/grade-schemes/{schemeId}", "{\"name\":\"矩阵测试等级\",\"bands\":["
                    + "{\"grade\":\"EXCELLENT\",\"lowerBound\":90},{\"grade\":\"POOR\",\"lowerBound\":0}]}"),
            Map.entry("PUT /api/v1/grade-scheme-catalog", "{\"entries\":[]}"),
            Map.entry("PUT /api/v1/weight-template-catalog", "{\"entries\":[]}"),
            Map.entry("POST /api/v1/monitoring-rounds", "{\"fiscalYear\":2031,\"cutOffMonth\":2,\"dueDate\":\"2031-03-20\"}"),
            Map.entry("PUT /api/v1/monitoring-rounds/{id}", "{\"dueDate\":\"2024-07-31\"}"),
            Map.entry("POST /api/v1/monitoring-reports", "{\"roundId\":\"@round\",\"goalId\":\"@goal\"}"),
            Map.entry("PUT /api/v1/monitoring-reports/{id}/entries", "{\"lines\":[]}"),
            Map.entry("POST /api/v1/monitoring-reports/{id}/submit", "{}"),
            Map.entry("POST /api/v1/monitoring-reports/{id}/dept-approve", "{\"opinion\":\"同意\"}"),
            Map.entry("POST /api/v1/monitoring-reports/{id}/dept-return", "{\"reason\":\"请修改\"}"),
            Map.entry("POST /api/v1/monitoring-reports/{id}/finance-approve", "{}"),
            Map.entry("POST /api/v1/monitoring-reports/{id}/finance-return", "{\"reason\":\"请修改\"}"),
            Map.entry("POST /api/v1/monitoring-reports/{id}/funds-decisions", "{\"decision\":\"SUSPEND\",\"reason\":\"执行滞后\"}"),
            Map.entry("POST /api/v1/self-evaluations", "{\"goalId\":\"@goal\"}"),
            Map.entry("PUT /api/v1/self-evaluations/{id}/entries", "{\"lines\":[]}"),
            Map.entry("POST /api/v1/self-evaluations/{id}/submit", "{}"),
            Map.entry("POST /api/v1/self-evaluations/{id}/dept-approve", "{\"opinion\":\"同意\"}"),
            Map.entry("POST /api/v1/self-evaluations/{id}/dept-return", "{\"reason\":\"请修改\"}"),
            Map.entry("POST /api/v1/self-evaluations/{id}/finance-approve", "{}"),
            Map.entry("POST /api/v1/self-evaluations/{id}/finance-return", "{\"reason\":\"请修改\"}"),
            Map.entry("POST /api/v1/campaigns", "{\"title\":\"矩阵测试任务\",\"kind\":\"SELF_EVALUATION\",\"fiscalYear\":2024,"
                    + "\"deadline\":\"2030-01-01\",\"targets\":[{\"unitCode\":\"" + OWNER_UNIT + "\",\"amount\":1.00}]}"),
            Map.entry("PUT /api/v1/campaigns/{id}/deadline", "{\"deadline\":\"2031-01-01\"}"),
            Map.entry("POST /api/v1/campaigns/{id}/targets", "{\"targets\":[{\"unitCode\":\"105002\",\"amount\":1.00}]}"),
            // The owner's project already has an open assessment: the owner's own draft is refused (409) and changes nothing.
            Map.entry("POST /api/v1/pre-assessments", "{\"projectCode\":\"" + DistrictFixture.RENOVATION_2024
                    + "\",\"purpose\":\"NEW_PROJECT\",\"requestedAmount\":1.00}"),
            Map.entry("PUT /api/v1/pre-assessments/{id}", "{\"purpose\":\"NEW_PROJECT\",\"requestedAmount\":1.00}"),
            Map.entry("PUT /api/v1/pre-assessments/{id}/scores", "{\"scores\":[{\"code\":\"NECESSITY\",\"points\":1,\"comment\":\"矩阵\"}]}"),
            Map.entry("POST /api/v1/pre-assessments/{id}/submit", "{}"),
            Map.entry("POST /api/v1/pre-assessments/{id}/review", "{}"),
            Map.entry("POST /api/v1/pre-assessments/{id}/return", "{\"reason\":\"矩阵测试\"}"),
            Map.entry("POST /api/v1/pre-assessments/{id}/conclude", "{\"conclusion\":\"NOT_SUPPORTED\",\"opinion\":\"矩阵测试\"}"),
            Map.entry("PUT /api/v1/assessment-criteria", "{\"criteria\":[{\"code\":\"NECESSITY\",\"label\":\"申报必要性\",\"maxPoints\":100}]}"),
            Map.entry("PUT /api/v1/projects/{projectCode}/budget-arrangement", "{\"amount\":1.00}"),
            Map.entry("POST /api/v1/projects/{projectCode}/library-entry", "{}"),
            Map.entry("POST /api/v1/evidence-files", "@evidence"),
            Map.entry("PUT /api/v1/key-evaluations/{id}/score-sheet.xlsx", "@workbook"),
            Map.entry("POST /api/v1/agencies", "{\"agencyId\":\"MATRIX-AGENCY\",\"name\":\"矩阵测试机构\"}"),
            Map.entry("PUT /api/v1/agencies/{agencyId}", "{\"name\":\"邵阳臻瑞咨询服务有限责任公司\"}"),
            Map.entry("POST /api/v1/agencies/{agencyId}/evaluators", "{\"userId\":\"matrix-evaluator\",\"name\":\"矩阵测试评价员\"}"),
            Map.entry("POST /api/v1/agencies/{agencyId}/evaluators/{userId}/remove", "{}"),
            Map.entry("POST /api/v1/evaluation-frameworks/{code}/versions", "{\"name\":\"矩阵测试指标体系\",\"objectKind\":\"PROJECT\",\"indicators\":"
                    + "[{\"code\":\"A\",\"name\":\"产出\",\"children\":[{\"code\":\"A1\",\"name\":\"数量\",\"children\":"
                    + "[{\"code\":\"A11\",\"name\":\"完成率\",\"points\":100}]}]}]}"),
            Map.entry("POST /api/v1/key-evaluations", "{\"title\":\"矩阵测试重点评价\",\"fiscalYear\":2030,\"subjectKind\":\"SPECIAL_BOND\","
                    + "\"dueDate\":\"2024-10-31\",\"object\":{\"kind\":\"PROJECT\",\"projectCode\":\"" + DistrictFixture.RENOVATION_2024 + "\"}}"),
            Map.entry("POST /api/v1/key-evaluations/{id}/commission", "{\"agencyId\":\"ZHENRUI\"}"),
            Map.entry("PUT /api/v1/key-evaluations/{id}/framework", "{\"frameworkCode\":\"DISTRICT-PROJECT\",\"version\":1}"),
            Map.entry("POST /api/v1/key-evaluations/{id}/fieldwork", "{}"),
            Map.entry("PUT /api/v1/key-evaluations/{id}/scores", "{\"scores\":[{\"indicatorCode\":\"A11\",\"score\":4}]}"),
            Map.entry("PUT /api/v1/key-evaluations/{id}/findings", "{\"findings\":[],\"suggestions\":[]}"),
            Map.entry("POST /api/v1/key-evaluations/{id}/submit", "{}"),
            Map.entry("POST /api/v1/key-evaluations/{id}/return", "{\"reasons\":[\"矩阵测试\"]}"),
            Map.entry("POST /api/v1/key-evaluations/{id}/accept", "{}"),
            Map.entry("POST /api/v1/rectifications", RECTIFICATION_BODY),
            Map.entry("POST /api/v1/rectifications/issues", "{\"keyEvaluationId\":\"@keyEvaluation\"}"),
            Map.entry("POST /api/v1/rectifications/{id}/start", "{}"),
            Map.entry("POST /api/v1/rectifications/{id}/report", "{\"text\":\"矩阵测试\"}"),
            Map.entry("POST /api/v1/rectifications/{id}/verify", "{}"),
            Map.entry("POST /api/v1/rectifications/{id}/return", "{\"reason\":\"矩阵测试\"}"),
            Map.entry("PUT /api/v1/allocation-policies/current", "{\"precedence\":[\"KEY_EVALUATION\"],\"rules\":[]}"),
            Map.entry("POST /api/v1/allocation-decisions/proposals", "{}"),
            Map.entry("POST /api/v1/allocation-decisions/{id}/confirm", "{}"),
            Map.entry("POST /api/v1/allocation-decisions/{id}/override", "{\"treatment\":\"PRIORITY\",\"adjustmentPercent\":0,\"reason\":\"矩阵测试\"}"));

    /** The owner goal as the declaration table, for the import operation. */
    private static byte[] ownerWorkbook;

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
        if (ownerGoal == null) {
            ownerGoal = given().auth().oauth2(TestTokens.unitOperator(OWNER_UNIT)).contentType("application/json")
                    .body("{\"kind\":\"PROJECT\",\"fiscalYear\":2024,\"unitCode\":\"" + OWNER_UNIT + "\",\"projectCode\":\""
                            + DistrictFixture.RENOVATION_2024 + "\",\"content\":" + cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture.goodContent() + "}")
                    .when().post("/api/v1/performance-goals").then().statusCode(201).extract().jsonPath().getString("id");
            template = given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json").body(TEMPLATE_BODY)
                    .when().post("/api/v1/indicator-templates").then().statusCode(201).extract().jsonPath().getString("id");
            ownerWorkbook = given().auth().oauth2(TestTokens.financeAdmin()).when()
                    .get("/api/v1/performance-goals/" + ownerGoal + "/declaration.xlsx").then().statusCode(200).extract().asByteArray();
            ownerEvaluationObjects();
            ownerEvidence = evidenceUpload(given().auth().oauth2(TestTokens.unitOperator(OWNER_UNIT))).when().post("/api/v1/evidence-files")
                    .then().statusCode(201).extract().jsonPath().getString("id");
        }
    }

    /** The owner's approved 部门整体 goal of 2024, its report in a 1–6月 round, its self-evaluation, and a campaign to the owner alone. */
    private static void ownerEvaluationObjects() {
        String operator = TestTokens.unitOperator(OWNER_UNIT);
        String finance = TestTokens.financeReviewer();
        ownerApprovedGoal = given().auth().oauth2(operator).contentType("application/json")
                .body("{\"kind\":\"DEPARTMENT_OVERALL\",\"fiscalYear\":2024,\"unitCode\":\"" + OWNER_UNIT + "\",\"content\":"
                        + cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture.goodContent()
                        .replace("\"annualOverallGoal\"", "\"departmentDuties\":\"负责城市建设\",\"annualOverallGoal\"") + "}")
                .when().post("/api/v1/performance-goals").then().statusCode(201).extract().jsonPath().getString("id");
        goalCommand(operator, "submit", 0, "{}");
        goalCommand(TestTokens.deptReviewer(OWNER_DEPARTMENT), "pass-department-review", 1, "{}");
        goalCommand(finance, "finance-review", 2, "{\"grade\":\"EXCELLENT\"}");
        goalCommand(finance, "approve", 3, "{}");
        round = given().auth().oauth2(finance).contentType("application/json")
                .body("{\"fiscalYear\":2024,\"cutOffMonth\":6,\"dueDate\":\"2024-07-20\"}")
                .when().post("/api/v1/monitoring-rounds").then().statusCode(201).extract().jsonPath().getString("id");
        ownerReport = given().auth().oauth2(operator).contentType("application/json")
                .body("{\"roundId\":\"" + round + "\",\"goalId\":\"" + ownerApprovedGoal + "\"}")
                .when().post("/api/v1/monitoring-reports").then().statusCode(201).extract().jsonPath().getString("id");
        ownerEvaluation = given().auth().oauth2(operator).contentType("application/json").body("{\"goalId\":\"" + ownerApprovedGoal + "\"}")
                .when().post("/api/v1/self-evaluations").then().statusCode(201).extract().jsonPath().getString("id");
        ownerCampaign = given().auth().oauth2(finance).contentType("application/json")
                .body("{\"title\":\"2024年度部门整体绩效自评\",\"kind\":\"SELF_EVALUATION\",\"fiscalYear\":2024,\"evaluationKind\":\"DEPARTMENT_OVERALL\","
                        + "\"deadline\":\"2030-01-01\",\"targets\":[{\"unitCode\":\"" + OWNER_UNIT + "\",\"amount\":36500000.00}]}")
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getString("id");
        ownerPreAssessment = given().auth().oauth2(operator).contentType("application/json")
                .body("{\"projectCode\":\"" + DistrictFixture.RENOVATION_2024 + "\",\"purpose\":\"NEW_PROJECT\",\"requestedAmount\":36500000.00}")
                .when().post("/api/v1/pre-assessments").then().statusCode(201).extract().jsonPath().getString("id");
        given().auth().oauth2(operator).contentType("application/json").header("If-Match", "\"0\"").body("{}")
                .when().post("/api/v1/pre-assessments/" + ownerPreAssessment + "/submit").then().statusCode(200);
        given().auth().oauth2(finance).contentType("application/json").header("If-Match", "\"1\"").body("{\"agencyId\":\"ZHENRUI\"}")
                .when().post("/api/v1/pre-assessments/" + ownerPreAssessment + "/review").then().statusCode(200);
        ownerKeyEvaluation = acceptedKeyEvaluation(finance, TestTokens.evaluator("ZHENRUI"));
        ownerRectification = given().auth().oauth2(finance).contentType("application/json")
                .body(RECTIFICATION_BODY.replace("@keyEvaluation", ownerKeyEvaluation))
                .when().post("/api/v1/rectifications").then().statusCode(201).extract().jsonPath().getString("id");
        given().auth().oauth2(finance).when().post("/api/v1/allocation-decisions/proposals?budgetYear=2031").then().statusCode(201);
        ownerAllocationDecision = given().auth().oauth2(finance).queryParam("budgetYear", 2031).queryParam("unitCode", OWNER_UNIT)
                .when().get("/api/v1/allocation-decisions").then().statusCode(200).extract().jsonPath().getString("items[0].id");
    }

    /** A key evaluation of the owner's 专项债券 project, driven by finance and 臻瑞's evaluator to ACCEPTED (units see it only then). */
    private static String acceptedKeyEvaluation(String finance, String evaluator) {
        String id = given().auth().oauth2(finance).contentType("application/json")
                .body("{\"title\":\"矩阵测试重点评价\",\"fiscalYear\":2030,\"subjectKind\":\"SPECIAL_BOND\",\"dueDate\":\"2024-10-31\","
                        + "\"object\":{\"kind\":\"PROJECT\",\"projectCode\":\"" + DistrictFixture.RENOVATION_2024 + "\"}}")
                .when().post("/api/v1/key-evaluations").then().statusCode(201).extract().jsonPath().getString("id");
        StringBuilder sheet = new StringBuilder("{\"scores\":[");
        String[][] leaves = {{"A11", "4"}, {"A12", "4"}, {"A21", "6"}, {"A22", "6"}, {"B11", "4"}, {"B12", "4"}, {"B21", "6"}, {"B22", "6"},
                {"C11", "10"}, {"C12", "10"}, {"C13", "8"}, {"C14", "7"}, {"C21", "15"}, {"C22", "10"}};
        for (String[] leaf : leaves) {
            sheet.append("{\"indicatorCode\":\"").append(leaf[0]).append("\",\"score\":").append(leaf[1]).append("},");
        }
        sheet.setLength(sheet.length() - 1);
        sheet.append("]}");
        keyEvaluationCommand(finance, id, "post", "commission", 0, "{\"agencyId\":\"ZHENRUI\"}");
        keyEvaluationCommand(evaluator, id, "put", "framework", 1, "{\"frameworkCode\":\"DISTRICT-PROJECT\",\"version\":1}");
        keyEvaluationCommand(evaluator, id, "post", "fieldwork", 2, "{}");
        keyEvaluationCommand(evaluator, id, "put", "scores", 3, sheet.toString());
        keyEvaluationCommand(evaluator, id, "post", "submit", 4, "{}");
        keyEvaluationCommand(finance, id, "post", "accept", 5, "{}");
        return id;
    }

    private static void keyEvaluationCommand(String token, String id, String method, String command, long revision, String body) {
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"" + revision + "\"").body(body)
                .when().request(method.toUpperCase(Locale.ROOT), "/api/v1/key-evaluations/" + id + "/" + command).then().statusCode(200);
    }

    private static void goalCommand(String token, String command, long revision, String body) {
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"" + revision + "\"").body(body)
                .when().post("/api/v1/performance-goals/" + ownerApprovedGoal + "/" + command).then().statusCode(200);
    }

    record Operation(String method, String path, boolean publicOperation) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    @Test
    void everyOperationIsCoveredAndTheListIsNotEmpty() {
        List<Operation> operations = operations();
        assertThat(operations).extracting(Operation::toString)
                .contains("GET /api/v1/projects", "GET /api/v1/projects/{projectCode}", "GET /api/v1/budget-units/{unitCode}",
                        "GET /api/v1/audit-events", "GET /api/v1/sync/runs", "POST /api/v1/sync/runs", "GET /api/v1/sync/runs/{runId}",
                        "GET /api/v1/sync/outbox", "GET /api/v1/sync/dead-letters", "POST /api/v1/sync/dead-letters/{messageId}/retry",
                        "GET /api/v1/sync/conflicts", "POST /api/v1/sync/conflicts/{conflictId}/resolve",
                        "GET /api/v1/self-evaluations/{id}", "POST /api/v1/monitoring-reports/{id}/funds-decisions",
                        "GET /api/v1/campaigns/{id}/progress.xlsx", "GET /api/v1/self-evaluations/{id}/table.xlsx", "PUT /api/v1/grade-scheme-catalog",
                        "POST /api/v1/evidence-files", "GET /api/v1/evidence-files", "GET /api/v1/evidence-files/{id}",
                        "GET /api/v1/evidence-files/{id}/content", "GET /api/v1/annual-reports/{workYear}",
                        "GET /api/v1/annual-reports/{workYear}.xlsx", "POST /api/v1/projects/{projectCode}/library-entry",
                        "GET /api/v1/projects/{projectCode}/library-entry");
        assertThat(operations).filteredOn(Operation::publicOperation).extracting(Operation::path)
                .allMatch(p -> p.startsWith("/api/v1/demo-identities"));
    }

    /** The annual report states the district's figures: finance and auditors read it, every other role is refused (403). */
    @Test
    void theAnnualReportIsReadByFinanceAndAuditorsOnly() {
        Map<Role, Integer> expected = Map.of(Role.FINANCE_ADMIN, 200, Role.FINANCE_REVIEWER, 200, Role.AUDITOR, 200,
                Role.DEPT_REVIEWER, 403, Role.UNIT_OPERATOR, 403, Role.EVALUATOR, 403, Role.SYNC, 403);
        assertThat(expected.keySet()).containsExactlyInAnyOrder(Role.values());
        Map<Role, String> tokens = Map.of(Role.FINANCE_ADMIN, TestTokens.financeAdmin(), Role.FINANCE_REVIEWER, TestTokens.financeReviewer(),
                Role.AUDITOR, TestTokens.auditor(), Role.DEPT_REVIEWER, TestTokens.deptReviewer(OWNER_DEPARTMENT),
                Role.UNIT_OPERATOR, TestTokens.unitOperator(OWNER_UNIT), Role.EVALUATOR, TestTokens.evaluator("ZHENRUI"), Role.SYNC, TestTokens.sync());
        for (String path : List.of("/api/v1/annual-reports/2024", "/api/v1/annual-reports/2024.xlsx")) {
            expected.forEach((role, status) -> assertThat(given().auth().oauth2(tokens.get(role)).when().get(path).statusCode())
                    .as(path + " as " + role).isEqualTo(status));
        }
    }

    @Test
    void withoutATokenEveryOperationButThePublicOnesIs401() {
        for (Operation op : operations()) {
            Response response = call(given(), op);
            if (op.publicOperation()) {
                assertThat(response.statusCode()).as(op + " is public").isNotEqualTo(401);
            } else {
                assertThat(response.statusCode()).as(op + " without a token").isEqualTo(401);
                assertThat(response.contentType()).as(op.toString()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void everyRoleOfTheOwnerScopeIsAuthenticatedAndNeverMeetsAServerError() {
        Map<Role, String> tokens = Map.of(
                Role.FINANCE_ADMIN, TestTokens.financeAdmin(),
                Role.FINANCE_REVIEWER, TestTokens.financeReviewer(),
                Role.DEPT_REVIEWER, TestTokens.deptReviewer(OWNER_DEPARTMENT),
                Role.UNIT_OPERATOR, TestTokens.unitOperator(OWNER_UNIT),
                Role.EVALUATOR, TestTokens.evaluator("ZHENRUI"),
                Role.AUDITOR, TestTokens.auditor(),
                Role.SYNC, TestTokens.sync());
        assertThat(tokens.keySet()).containsExactlyInAnyOrder(Role.values());
        for (Operation op : operations()) {
            if (op.publicOperation()) {
                continue;
            }
            tokens.forEach((role, token) -> {
                int status = call(given().auth().oauth2(token), op).statusCode();
                assertThat(status).as(op + " as " + role).isNotEqualTo(401).isLessThan(500);
            });
        }
    }

    @Test
    void theOwnerUnitAndItsDepartmentSeeTheirOwnObjects() {
        for (Operation op : operations()) {
            if (op.publicOperation() || !op.method().equals("get")) {
                continue;
            }
            for (String token : List.of(TestTokens.unitOperator(OWNER_UNIT), TestTokens.deptReviewer(OWNER_DEPARTMENT))) {
                int status = call(given().auth().oauth2(token), op).statusCode();
                assertThat(status).as(op + " by the owner").isIn(200, 403);
            }
        }
    }

    @Test
    void anotherUnitDepartmentOrAgencyGets404Or403AndNeverTheOwnersData() {
        Map<String, String> outsiders = Map.of(
                "operator of another unit under another department", TestTokens.unitOperator(DistrictFixture.KINDERGARTEN),
                "operator of the owner's department office", TestTokens.unitOperator(OWNER_DEPARTMENT),
                "reviewer of another department", TestTokens.deptReviewer(DistrictFixture.EDUCATION),
                "evaluator of an agency with no assignment", TestTokens.evaluator("OTHERAGENCY"));
        for (Operation op : operations()) {
            if (op.publicOperation()) {
                continue;
            }
            String path = concretePath(op);
            outsiders.forEach((who, token) -> {
                Response response = call(given().auth().oauth2(token), op);
                String body = response.asString();
                if (PATH_PARAMETER.matcher(op.path()).find() && !SHARED.contains(op.toString())) {
                    assertThat(response.statusCode()).as(op + " by the " + who).isIn(403, 404);
                    assertThat(response.contentType()).as(op + " by the " + who).startsWith("application/problem+json");
                } else {
                    assertThat(response.statusCode()).as(op + " by the " + who).isIn(200, 403, 404);
                }
                // A refusal may echo what the caller sent (the path); it must show nothing else of the owner.
                for (String secret : OWNER_DATA) {
                    if (!path.contains(secret)) {
                        assertThat(body).as(op + " by the " + who + " must not show " + secret).doesNotContain(secret);
                    }
                }
            });
        }
    }

    private static Response call(RequestSpecification request, Operation op) {
        String path = concretePath(op);
        if (QUERIES.containsKey(op.toString())) {
            path += "?" + QUERIES.get(op.toString()).replace("@ownerGoal", ownerGoal);
        }
        if (!op.method().equals("get")) {
            request = request.header("If-Match", "\"999999\"");
        }
        if (!op.method().equals("get") && !op.method().equals("delete")) {
            String body = BODIES.get(op.toString());
            if (body == null && !op.publicOperation()) {
                fail("register a request body for " + op + " in AccessMatrixTest.BODIES");
            }
            if ("@evidence".equals(body)) {
                request = evidenceUpload(request);
            } else if ("@workbook".equals(body)) {
                request = request.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(ownerWorkbook);
            } else {
                request = request.contentType("application/json").body(body == null ? "{}" : body.replace("@template", template)
                        .replace("@round", round).replace("@goal", ownerApprovedGoal)
                        .replace("@keyEvaluation", ownerKeyEvaluation));
            }
        }
        return request.when().request(op.method().toUpperCase(Locale.ROOT), path);
    }

    /** A multipart upload of a small PDF to the owner unit's goal as 佐证材料. */
    private static RequestSpecification evidenceUpload(RequestSpecification request) {
        cn.gov.daxiang.perf.adapter.rest.evidence.Multipart form = new cn.gov.daxiang.perf.adapter.rest.evidence.Multipart()
                .field("ownerType", "GOAL").field("ownerId", ownerGoal).field("purpose", "SUPPORTING")
                .file("城市建设服务中心验收单.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return request.contentType(form.contentType()).body(form.body());
    }

    private static String concretePath(Operation op) {
        Matcher m = PATH_PARAMETER.matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = op.publicOperation() ? "finance-admin" : ownedObject(op.path(), m.group(1));
            if (value == null) {
                fail("register an object of unit " + OWNER_UNIT + " for path parameter {" + m.group(1) + "} of " + op
                        + " in AccessMatrixTest.ownedObject");
            }
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.toString();
    }

    /** Every operation under /api/v1 of the OpenAPI document; public means an explicitly empty security list. */
    @SuppressWarnings("unchecked")
    static List<Operation> operations() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            item.forEach((method, definition) -> {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    Object security = ((Map<String, Object>) definition).get("security");
                    boolean isPublic = security instanceof List<?> list && list.isEmpty();
                    operations.add(new Operation(method, path, isPublic));
                }
            });
        });
        return operations;
    }
}
