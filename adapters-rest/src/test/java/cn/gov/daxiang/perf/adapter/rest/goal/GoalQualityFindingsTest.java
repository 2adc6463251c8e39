package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class GoalQualityFindingsTest {

    private static final GoalFixture DISTRICT = new GoalFixture("312");

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String unit = TestTokens.unitOperator(DISTRICT.unit);

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(GoalFixture.LOADER, DISTRICT.batch(3));
    }

    @Test
    void aGoodGoalHasNoFindings() {
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(1), GoalFixture.goodContent()))
                .then().statusCode(201).extract().jsonPath().getString("id");

        given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id + "/quality-findings")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aPoorGoalGetsErrorsAndWarningsEachExplainedAndNamingItsIndicator() {
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(2), GoalFixture.poorContent()))
                .then().statusCode(201).extract().jsonPath().getString("id");

        List<String> codes = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id + "/quality-findings")
                .then().statusCode(200)
                .body("code", hasItems("GOAL_BENEFIT_INDICATORS_MISSING", "GOAL_SATISFACTION_INDICATORS_MISSING",
                        "GOAL_QUANTITATIVE_UNIT_MISSING", "GOAL_INDICATOR_WEIGHTS_NOT_100", "GOAL_QUALITATIVE_TARGET_VAGUE",
                        "GOAL_EXECUTION_RATE_AS_OUTPUT", "GOAL_ANNUAL_GOAL_COPIES_LONG_TERM_GOAL"))
                .body("find { it.code == 'GOAL_BENEFIT_INDICATORS_MISSING' }.severity.code", equalTo("ERROR"))
                .body("find { it.code == 'GOAL_QUALITATIVE_TARGET_VAGUE' }.severity.code", equalTo("WARNING"))
                .extract().jsonPath().getList("code");
        assertThat(codes).doesNotHaveDuplicates();
        String unitMissing = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id + "/quality-findings")
                .then().extract().jsonPath().getString("find { it.code == 'GOAL_QUANTITATIVE_UNIT_MISSING' }.indicatorId");
        String firstIndicator = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id)
                .then().extract().jsonPath().getString("current.content.indicators[0].id");
        assertThat(unitMissing).isEqualTo(firstIndicator);
    }

    @Test
    void findingsAreExplainedInTheCallersLanguage() {
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(3), GoalFixture.poorContent()))
                .then().statusCode(201).extract().jsonPath().getString("id");
        String chinese = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id + "/quality-findings")
                .then().extract().jsonPath().getString("find { it.code == 'GOAL_BENEFIT_INDICATORS_MISSING' }.message");
        String english = given().auth().oauth2(unit).header("Accept-Language", "en").when().get("/api/v1/performance-goals/" + id + "/quality-findings")
                .then().extract().jsonPath().getString("find { it.code == 'GOAL_BENEFIT_INDICATORS_MISSING' }.message");
        assertThat(chinese).containsPattern("\\p{IsHan}");
        assertThat(english).doesNotContainPattern("\\p{IsHan}").isNotBlank();
    }

    @Test
    void anErrorFindingBlocksSubmissionWith422ListingTheErrorsAndChangesNothing() {
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("DEPARTMENT_OVERALL", null, GoalFixture.poorContent()))
                .then().statusCode(201).extract().jsonPath().getString("id");

        GoalFixture.command(unit, id, "submit", "\"0\"", null)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("GOAL_HAS_QUALITY_ERRORS"))
                .body("violations.code", hasItems("GOAL_BENEFIT_INDICATORS_MISSING", "GOAL_DEPARTMENT_DUTIES_MISSING"));
        given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("status.code", equalTo("DRAFT"));
    }
}
