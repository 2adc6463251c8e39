package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The whole goal lifecycle over REST, as the unit, its department and the finance bureau go through it. */
@QuarkusTest
class GoalLifecycleTest {

    private static final GoalFixture DISTRICT = new GoalFixture("311");

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String unit = TestTokens.unitOperator(DISTRICT.unit);
    private final String department = TestTokens.deptReviewer(DISTRICT.department);
    private final String finance = TestTokens.financeReviewer();

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(GoalFixture.LOADER, DISTRICT.batch(11));
    }

    @Test
    void aGoalGoesFromDeclarationThroughReturnResubmissionApprovalPublicationToAnAdjustment() {
        Response declared = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(1), GoalFixture.goodContent()));
        declared.then().statusCode(201).header("Location", notNullValue()).header("ETag", "\"0\"")
                .body("status.code", equalTo("DRAFT")).body("allowedActions.code", containsInAnyOrder("EDIT", "SUBMIT"))
                .body("current.content.indicators", hasSize(5));
        String id = declared.jsonPath().getString("id");
        String costIndicator = declared.jsonPath().getString("current.content.indicators[2].id");

        AuditTrailProbe.expectOneEvent("performance-goal", id, "submit", () ->
                GoalFixture.command(unit, id, "submit", "\"0\"", null).then().statusCode(200).header("ETag", "\"1\"")
                        .body("status.code", equalTo("SUBMITTED")).body("id", equalTo(id)).body("$", not(hasKey("warnings"))));

        // The department returns it with a reason on the goal and one on the cost indicator.
        Response returned = GoalFixture.command(department, id, "return", "\"1\"",
                "{\"reasons\":[{\"text\":\"年度目标需写明资金规模\"},{\"indicatorId\":\"" + costIndicator + "\",\"text\":\"成本依据不足，请附测算\"}]}");
        returned.then().statusCode(200).body("status.code", equalTo("RETURNED"))
                .body("current.returnReasons.text", contains("年度目标需写明资金规模", "成本依据不足，请附测算"))
                .body("current.returnReasons[1].indicatorId", equalTo(costIndicator))
                .body("allowedActions", hasSize(0));
        given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id)
                .then().statusCode(200).body("allowedActions.code", containsInAnyOrder("EDIT", "REVISE"));

        // The unit corrects the content (the returned version becomes a draft again) and resubmits.
        String corrected = GoalFixture.goodContent().replace("2024年完成12个", "2024年投入300万元完成12个");
        given().auth().oauth2(unit).contentType("application/json").header("If-Match", "\"2\"")
                .body("{\"content\":" + corrected + "}")
                .when().put("/api/v1/performance-goals/" + id + "/content")
                .then().statusCode(200).header("ETag", "\"3\"").body("status.code", equalTo("DRAFT"));
        GoalFixture.command(unit, id, "submit", "\"3\"", null).then().statusCode(200);
        GoalFixture.command(department, id, "pass-department-review", "\"4\"", "{\"note\":\"同意上报\"}")
                .then().statusCode(200).body("status.code", equalTo("DEPT_REVIEWED"));
        GoalFixture.command(finance, id, "finance-review", "\"5\"", "{\"grade\":\"EXCELLENT\"}")
                .then().statusCode(200).body("status.code", equalTo("FINANCE_REVIEWED")).body("current.auditGrade.code", equalTo("EXCELLENT"));
        GoalFixture.command(finance, id, "approve", "\"6\"", null).then().statusCode(200).body("status.code", equalTo("APPROVED"))
                .body("approvedVersion", equalTo(1));
        // The approval is reported to the province through the outbox, once.
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("messageType", "goal.approved").queryParam("subjectId", id + "/v1")
                .when().get("/api/v1/sync/outbox")
                .then().statusCode(200).body("total", equalTo(1));
        GoalFixture.command(finance, id, "publish", "\"7\"", null).then().statusCode(200).body("status.code", equalTo("PUBLISHED"));

        // An adjustment opens version 2 as a draft; version 1 stays approved and readable.
        GoalFixture.command(unit, id, "adjustments", "\"8\"", "{\"reason\":\"年中追加预算，调整改造数量\"}")
                .then().statusCode(200).body("status.code", equalTo("DRAFT")).body("current.number", equalTo(2))
                .body("approvedVersion", equalTo(1)).body("versions.status.code", contains("PUBLISHED", "DRAFT"));
        given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id + "/versions/1")
                .then().statusCode(200).body("status.code", equalTo("PUBLISHED"))
                .body("history.action.code", hasItem("RETURN"))
                .body("content.annualOverallGoal", equalTo("2024年投入300万元完成12个老旧小区改造，惠及居民1500户，居民满意度达到90%以上。"));
    }

    @Test
    void anIllegalTransitionIs409NamingTheAllowedActions() {
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(7), GoalFixture.goodContent()))
                .then().statusCode(201).extract().jsonPath().getString("id");

        GoalFixture.command(finance, id, "approve", "\"0\"", null)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("GOAL_TRANSITION_NOT_ALLOWED"))
                .body("allowedActions", containsInAnyOrder("EDIT", "SUBMIT"));
    }

    @Test
    void aChangeFromAStaleRevisionIs412AndWithoutIfMatchIs428AndNeitherChangesAnything() {
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(3), GoalFixture.goodContent()))
                .then().statusCode(201).extract().jsonPath().getString("id");
        GoalFixture.command(unit, id, "submit", "\"0\"", null).then().statusCode(200);

        AuditTrailProbe.expectNoEvent("performance-goal", id, () -> {
            GoalFixture.command(department, id, "pass-department-review", "\"0\"", null)
                    .then().statusCode(412).body("code", equalTo("REVISION_STALE"));
            GoalFixture.command(department, id, "pass-department-review", null, null)
                    .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        });
        given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status.code", equalTo("SUBMITTED"));
    }

    @Test
    void aFinanceGradeOfGoodNeedsTheConsultationAndMediumReturnsAndPoorRejects() {
        String good = submittedAndDepartmentReviewed(4);
        GoalFixture.command(finance, good, "finance-review", "\"2\"", "{\"grade\":\"良\"}")
                .then().statusCode(422).body("code", equalTo("GOAL_CONSULTATION_NOTE_REQUIRED"));
        GoalFixture.command(finance, good, "finance-review", "\"2\"", "{\"grade\":\"良\",\"consultationNote\":\"已与单位沟通，补充了测算依据\"}")
                .then().statusCode(200).body("status.code", equalTo("FINANCE_REVIEWED")).body("current.consultationNote", notNullValue());

        String medium = submittedAndDepartmentReviewed(5);
        GoalFixture.command(finance, medium, "finance-review", "\"2\"", "{\"grade\":\"中\",\"reasons\":[{\"text\":\"指标不够细化\"}]}")
                .then().statusCode(200).body("status.code", equalTo("RETURNED"))
                .body("current.auditGrade.code", equalTo("MEDIUM")).body("current.auditGrade.label", equalTo("中"));

        String poor = submittedAndDepartmentReviewed(6);
        GoalFixture.command(finance, poor, "finance-review", "\"2\"", "{\"grade\":\"POOR\",\"reasons\":[{\"text\":\"与项目内容不符\"}]}")
                .then().statusCode(200).body("status.code", equalTo("REJECTED")).body("allowedActions", hasSize(0));
        // A rejected goal frees its project for a new declaration.
        GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(6), GoalFixture.goodContent())).then().statusCode(201);
    }

    @Test
    void onlyTheGoalsUnitDeclaresItsDepartmentReviewsAndFinanceGrades() {
        GoalFixture.declare(TestTokens.unitOperator("105002"), DISTRICT.declareBody("PROJECT", DISTRICT.project(1), GoalFixture.goodContent()))
                .then().statusCode(403).body("code", equalTo("ACCESS_DENIED"));
        String id = submittedAndDepartmentReviewedBy(2, false);
        GoalFixture.command(TestTokens.deptReviewer("105001"), id, "pass-department-review", "\"1\"", null)
                .then().statusCode(404);
        GoalFixture.command(finance, id, "pass-department-review", "\"1\"", null)
                .then().statusCode(403);
        GoalFixture.command(unit, id, "return", "\"1\"", "{\"reasons\":[{\"text\":\"x\"}]}")
                .then().statusCode(403);
    }

    @Test
    void aSecondGoalForTheSameProjectAndYearIs409() {
        GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(8), GoalFixture.goodContent()));
        GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(8), GoalFixture.goodContent()))
                .then().statusCode(409).body("code", equalTo("GOAL_ALREADY_DECLARED"));
    }

    @Test
    void aBadIndicatorIs400NamingItsPathInTheBody() {
        String body = DISTRICT.declareBody("DEPARTMENT_OVERALL", null, GoalFixture.goodContent().replace("\"comparator\":\"≤\"", "\"comparator\":\">\""));
        GoalFixture.declare(unit, body)
                .then().statusCode(400)
                .body("code", equalTo("COMPARATOR_UNKNOWN"))
                .body("violations[0].field", equalTo("content.indicators[2].comparator"));
    }

    @Test
    void allowedActionsAreWhatTheCallerMayDoNotWhatTheStateAllows() {
        String id = submittedAndDepartmentReviewedBy(9, false);
        given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json").body("{\"agencyId\":\"AGENCY311\"}")
                .when().put("/api/v1/performance-goals/" + id + "/review-assignment").then().statusCode(200);

        for (String caller : java.util.List.of(unit, finance, TestTokens.auditor(), TestTokens.evaluator("AGENCY311"))) {
            given().auth().oauth2(caller).when().get("/api/v1/performance-goals/" + id)
                    .then().statusCode(200).body("status.code", equalTo("SUBMITTED")).body("allowedActions", hasSize(0));
        }
        given().auth().oauth2(department).when().get("/api/v1/performance-goals/" + id)
                .then().statusCode(200).body("allowedActions.code", contains("PASS_DEPARTMENT_REVIEW", "RETURN"))
                .body("allowedActions.label", contains("主管部门审核通过", "退回"));
    }

    @Test
    void goalRowsCarryTheUnitsAndTheProjectsNames() {
        GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(10), GoalFixture.goodContent())).then().statusCode(201);
        given().auth().oauth2(unit).queryParam("projectCode", DISTRICT.project(10)).queryParam("kind", "PROJECT")
                .when().get("/api/v1/performance-goals")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].unitName", equalTo("测试单位311")).body("items[0].projectName", equalTo("测试项目311-10"))
                .body("items[0].kind.code", equalTo("PROJECT"));
    }

    @Test
    void aStatusFilterTakesTheCodeOrTheLabel() {
        GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(11), GoalFixture.goodContent())).then().statusCode(201);
        for (String status : java.util.List.of("DRAFT", "草稿")) {
            given().auth().oauth2(unit).queryParam("projectCode", DISTRICT.project(11)).queryParam("status", status)
                    .when().get("/api/v1/performance-goals").then().statusCode(200).body("items", hasSize(1));
        }
        given().auth().oauth2(unit).queryParam("status", "NOPE").when().get("/api/v1/performance-goals")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void anEmptyDeclarationNamesEveryMissingFieldAtOnce() {
        GoalFixture.declare(unit, "{}").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("kind", "fiscalYear", "unitCode", "content"));
    }

    @Test
    void everyBadComparatorOfTheIndicatorsIsNamed() {
        String content = GoalFixture.goodContent().replace("\"comparator\":\"≤\"", "\"comparator\":\">\"")
                .replace("\"comparator\":\"=\"", "\"comparator\":\"about\"");
        GoalFixture.declare(unit, DISTRICT.declareBody("DEPARTMENT_OVERALL", null, content)).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("content.indicators[1].comparator", "content.indicators[2].comparator"));
    }

    private String submittedAndDepartmentReviewed(int project) {
        return submittedAndDepartmentReviewedBy(project, true);
    }

    private String submittedAndDepartmentReviewedBy(int project, boolean departmentReview) {
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(project), GoalFixture.goodContent()))
                .then().statusCode(201).extract().jsonPath().getString("id");
        GoalFixture.command(unit, id, "submit", "\"0\"", null).then().statusCode(200);
        if (departmentReview) {
            GoalFixture.command(department, id, "pass-department-review", "\"1\"", null).then().statusCode(200);
        }
        return id;
    }
}
