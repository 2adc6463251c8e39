package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Recommendations with their reasons, coverage against a hand-counted district, project readiness, evaluator assignment. */
@QuarkusTest
class GoalInsightsTest {

    /** Department 313001 with unit 313002 and five 2024 projects (project 1 a transfer payment), 3,000,000.00 元 each. */
    private static final GoalFixture DISTRICT = new GoalFixture("313");

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String unit = TestTokens.unitOperator(DISTRICT.unit);
    private final String department = TestTokens.deptReviewer(DISTRICT.department);
    private final String finance = TestTokens.financeReviewer();
    private static boolean approved;

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(GoalFixture.LOADER, DISTRICT.batch(5, ProjectKind.TRANSFER_PAYMENT));
        if (!approved) {
            // Projects 2 and 3 get approved goals; project 4 a goal still in review; project 5 none.
            approve(DISTRICT.declareBody("PROJECT", DISTRICT.project(2), GoalFixture.goodContent()));
            approve(DISTRICT.declareBody("PROJECT", DISTRICT.project(3), GoalFixture.goodContent()));
            GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(4), GoalFixture.goodContent())).then().statusCode(201);
            approved = true;
        }
    }

    private String approve(String declareBody) {
        String id = GoalFixture.declare(unit, declareBody).then().statusCode(201).extract().jsonPath().getString("id");
        GoalFixture.command(unit, id, "submit", "\"0\"", null).then().statusCode(200);
        GoalFixture.command(department, id, "pass-department-review", "\"1\"", null).then().statusCode(200);
        GoalFixture.command(finance, id, "finance-review", "\"2\"", "{\"grade\":\"EXCELLENT\"}").then().statusCode(200);
        GoalFixture.command(finance, id, "approve", "\"3\"", null).then().statusCode(200);
        return id;
    }

    @Test
    void coverageMatchesAHandCountedDistrict() {
        // In the department's scope: 5 projects, 1 of them a transfer payment; 2 units (department and unit).
        // Approved: PROJECT goals on projects 2 and 3. Nothing else.
        JsonPath coverage = given().auth().oauth2(department).queryParam("fiscalYear", 2024)
                .when().get("/api/v1/goal-coverage").then().statusCode(200).extract().jsonPath();

        Map<String, Object> projects = category(coverage, "PROJECT");
        assertThat(projects).containsEntry("total", 4).containsEntry("covered", 2).containsEntry("missing", 2);
        assertThat(new BigDecimal(projects.get("totalAmount").toString())).isEqualByComparingTo("12000000.00");
        assertThat(new BigDecimal(projects.get("coveredAmount").toString())).isEqualByComparingTo("6000000.00");
        assertThat(new BigDecimal(projects.get("shareByCount").toString())).isEqualByComparingTo("50.00");
        Map<String, Object> transfers = category(coverage, "TRANSFER_PAYMENT");
        assertThat(transfers).containsEntry("total", 1).containsEntry("covered", 0);
        Map<String, Object> units = category(coverage, "DEPARTMENT_OVERALL");
        assertThat(units).containsEntry("total", 2).containsEntry("covered", 0);
        assertThat(coverage.getList("missing.projectCode")).contains(DISTRICT.project(1), DISTRICT.project(4), DISTRICT.project(5))
                .doesNotContain(DISTRICT.project(2), DISTRICT.project(3));
        // every gap carries the names a table shows
        assertThat(coverage.getString("missing.find { it.projectCode == '" + DISTRICT.project(4) + "' }.projectName")).isEqualTo("测试项目313-4");
        assertThat(coverage.getList("missing.unitName")).doesNotContainNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> category(JsonPath coverage, String name) {
        List<Map<String, Object>> categories = coverage.getList("categories");
        return categories.stream().filter(c -> name.equals(((Map<String, Object>) c.get("category")).get("code"))).findFirst().orElseThrow();
    }

    @Test
    void aProjectIsReadyOnlyWithAnApprovedGoalAndSaysWhy() {
        // The goal check passes; a specific-purpose project nobody classified is NEW and also needs an ex-ante assessment.
        given().auth().oauth2(unit).when().get("/api/v1/projects/" + DISTRICT.project(2) + "/readiness")
                .then().statusCode(200).body("checks[0].check", equalTo("READINESS_APPROVED_GOAL")).body("checks[0].passed", equalTo(true))
                .body("checks[1].reason", equalTo("READINESS_PRE_ASSESSMENT_MISSING")).body("ready", equalTo(false));
        given().auth().oauth2(unit).when().get("/api/v1/projects/" + DISTRICT.project(4) + "/readiness")
                .then().statusCode(200).body("ready", equalTo(false)).body("checks[0].reason", equalTo("READINESS_GOAL_NOT_APPROVED"));
        given().auth().oauth2(unit).when().get("/api/v1/projects/" + DISTRICT.project(5) + "/readiness")
                .then().statusCode(200).body("ready", equalTo(false)).body("checks[0].reason", equalTo("READINESS_GOAL_MISSING"));
    }

    @Test
    void recommendationsComeFromTheLibraryAndFromApprovedGoalsOfSimilarProjectsEachWithItsReasons() {
        given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json")
                .body("{\"industry\":\"住房城乡建设\",\"level1\":\"BENEFIT\",\"level2\":\"SOCIAL\",\"name\":\"改善居住条件户数\","
                        + "\"valueType\":\"QUANTITATIVE\",\"typicalUnit\":\"户\",\"typicalComparator\":\"≥\",\"keywords\":[\"老旧小区\"]}")
                .when().post("/api/v1/indicator-templates").then().statusCode(201);
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(5),
                        "{\"annualOverallGoal\":\"完成小区改造\",\"indicators\":[]}"))
                .then().statusCode(201).extract().jsonPath().getString("id");

        JsonPath recommendations = given().auth().oauth2(unit).queryParam("industry", "住房城乡建设")
                .when().get("/api/v1/performance-goals/" + id + "/indicator-recommendations")
                .then().statusCode(200).extract().jsonPath();

        assertThat(recommendations.getList("source.code")).contains("TEMPLATE", "APPROVED_GOAL");
        assertThat(recommendations.getList("find { it.name == '改善居住条件户数' }.reasons.code", String.class)).contains("SAME_INDUSTRY");
        assertThat(recommendations.getList("find { it.name == '受益居民户数' }.reasons.code", String.class)).contains("SAME_UNIT");
        assertThat(recommendations.getString("find { it.name == '受益居民户数' }.reasons[0].label")).isNotBlank();
    }

    @Test
    void anEvaluatorSeesOnlyTheGoalsWhoseReviewIsAssignedToItsAgency() {
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("DEPARTMENT_OVERALL", null,
                GoalFixture.goodContent().replace("\"annualOverallGoal\"", "\"departmentDuties\":\"负责城市建设\",\"annualOverallGoal\"")))
                .then().statusCode(201).extract().jsonPath().getString("id");
        String zhenrui = TestTokens.evaluator("ZHENRUI");
        given().auth().oauth2(zhenrui).when().get("/api/v1/performance-goals/" + id).then().statusCode(404);

        given().auth().oauth2(finance).contentType("application/json").body("{\"agencyId\":\"ZHENRUI\"}")
                .when().put("/api/v1/performance-goals/" + id + "/review-assignment").then().statusCode(200)
                .body("reviewAgency", equalTo("ZHENRUI"));

        given().auth().oauth2(zhenrui).when().get("/api/v1/performance-goals/" + id).then().statusCode(200);
        given().auth().oauth2(zhenrui).when().get("/api/v1/performance-goals").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id));
        given().auth().oauth2(TestTokens.evaluator("OTHERAGENCY")).when().get("/api/v1/performance-goals/" + id).then().statusCode(404);
        GoalFixture.command(zhenrui, id, "submit", "\"0\"", null).then().statusCode(403);
    }
}
