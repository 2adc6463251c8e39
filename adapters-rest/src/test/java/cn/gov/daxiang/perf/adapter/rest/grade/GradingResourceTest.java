package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * The configured grade schemes served over REST grade exactly as the domain's: the national scheme (self-evaluations)
 * and the district's (key evaluations from 2023 on) at every band edge. Finance administration configures schemes,
 * catalogs and weights from the revision it read; everyone else reads them. Changes here use fiscal years no other
 * test grades (2095 on), so other test classes keep the shipped configuration.
 */
@QuarkusTest
class GradingResourceTest {

    private final String admin = TestTokens.financeAdmin();

    @ParameterizedTest(name = "{0} {1}: {2} → {3}")
    @CsvSource({
            "SELF_EVALUATION, 2024, 69.99, MEDIUM, national",
            "SELF_EVALUATION, 2024, 70.00, MEDIUM, national",
            "SELF_EVALUATION, 2024, 79.99, MEDIUM, national",
            "SELF_EVALUATION, 2024, 80.00, GOOD, national",
            "SELF_EVALUATION, 2024, 89.99, GOOD, national",
            "SELF_EVALUATION, 2024, 90.00, EXCELLENT, national",
            "SELF_EVALUATION, 2024, 59.99, POOR, national",
            "SELF_EVALUATION, 2024, 60.00, MEDIUM, national",
            "KEY_EVALUATION, 2024, 69.99, POOR, district-2024",
            "KEY_EVALUATION, 2024, 70.00, WEAK, district-2024",
            "KEY_EVALUATION, 2024, 79.99, WEAK, district-2024",
            "KEY_EVALUATION, 2024, 80.00, GOOD, district-2024",
            "KEY_EVALUATION, 2024, 89.99, GOOD, district-2024",
            "KEY_EVALUATION, 2024, 90.00, EXCELLENT, district-2024",
            "KEY_EVALUATION, 2022, 69.99, MEDIUM, national",
            "KEY_EVALUATION, 2022, 59.99, POOR, national"})
    void theConfiguredSchemesGradeEveryBandEdgeAsTheRulesSay(String type, int year, String score, String grade, String scheme) {
        given().auth().oauth2(TestTokens.unitOperator("105002"))
                .queryParam("evaluationType", type).queryParam("fiscalYear", year).queryParam("score", score)
                .when().get("/api/v1/grades").then().statusCode(200)
                .body("grade.code", equalTo(grade)).body("schemeId", equalTo(scheme)).body("score", equalTo(Float.parseFloat(score)));
    }

    @Test
    void aScoreWithMoreThanTwoDecimalsOrOutOfRangeIsRefusedNamingTheParameter() {
        given().auth().oauth2(admin).queryParam("evaluationType", "SELF_EVALUATION").queryParam("fiscalYear", 2024).queryParam("score", "89.999")
                .when().get("/api/v1/grades").then().statusCode(400).body("code", equalTo("SCORE_TOO_PRECISE"))
                .body("violations[0].field", equalTo("score"));
        given().auth().oauth2(admin).queryParam("evaluationType", "SELF_EVALUATION").queryParam("fiscalYear", 2024).queryParam("score", "100.01")
                .when().get("/api/v1/grades").then().statusCode(400).body("code", equalTo("SCORE_OUT_OF_RANGE"));
        given().auth().oauth2(admin).queryParam("evaluationType", "PEER_REVIEW").queryParam("fiscalYear", 2024).queryParam("score", "80")
                .when().get("/api/v1/grades").then().statusCode(400).body("violations[0].field", equalTo("evaluationType"));
    }

    @Test
    void theShippedSchemesAndCatalogsAreReadByEveryone() {
        JsonPath schemes = given().auth().oauth2(TestTokens.unitOperator("105002")).when().get("/api/v1/grade-schemes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(schemes.getList("schemeId")).contains("district-2024", "national");
        assertThat(schemes.getList("find { it.schemeId == 'district-2024' }.bands.grade.label")).containsExactly("优", "良", "较差", "差");
        assertThat(schemes.getList("find { it.schemeId == 'national' }.bands.grade.label")).containsExactly("优", "良", "中", "差");
        given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/grade-scheme-catalog").then().statusCode(200)
                .body("entries.schemeId", hasItems("national", "district-2024"));
        JsonPath weights = given().auth().oauth2(TestTokens.deptReviewer("105001")).when().get("/api/v1/weight-template-catalog")
                .then().statusCode(200).extract().jsonPath();
        assertThat(weights.getList("entries.kind.code")).contains("PROJECT", "DEPARTMENT_OVERALL");
        assertThat(weights.getMap("entries.find { it.kind.code == 'PROJECT' && it.effectiveFrom == 2000 }.groups"))
                .containsOnlyKeys("OUTPUT", "BENEFIT", "SATISFACTION");
    }

    @Test
    void financeAdministrationDefinesASchemeAndAssignsItFromAYearOnOthersCannot() {
        String scheme = "{\"schemeId\":\"trial-2095\",\"name\":\"试行评价等级（2095）\",\"bands\":[{\"grade\":\"EXCELLENT\",\"lowerBound\":95},"
                + "{\"grade\":\"GOOD\",\"lowerBound\":85},{\"grade\":\"WEAK\",\"lowerBound\":75},{\"grade\":\"POOR\",\"lowerBound\":0}]}";
        as(TestTokens.financeReviewer()).body(scheme).when().post("/api/v1/grade-schemes").then().statusCode(403);
        as(admin).body(scheme.replace("\"lowerBound\":85", "\"lowerBound\":96")).when().post("/api/v1/grade-schemes").then().statusCode(400)
                .body("code", equalTo("GRADE_SCHEME_BOUNDS_NOT_DESCENDING"));
        as(admin).body(scheme.replace("\"lowerBound\":0", "\"lowerBound\":5")).when().post("/api/v1/grade-schemes").then().statusCode(400)
                .body("code", equalTo("GRADE_SCHEME_LOWEST_BOUND_NOT_ZERO"));
        as(admin).body(scheme.replace("\"grade\":\"WEAK\"", "\"grade\":\"FAIR\"")).when().post("/api/v1/grade-schemes").then().statusCode(400)
                .body("violations[0].field", equalTo("bands[2].grade"));
        AuditTrailProbe.expectOneEvent("grade-scheme", "trial-2095", "create", () ->
                as(admin).body(scheme).when().post("/api/v1/grade-schemes").then().statusCode(201).header("ETag", "\"0\"")
                        .body("frozen", equalTo(false)));
        as(admin).body(scheme).when().post("/api/v1/grade-schemes").then().statusCode(409).body("code", equalTo("GRADE_SCHEME_ALREADY_EXISTS"));
        // An unused scheme can still be revised.
        as(admin).header("If-Match", "\"0\"").body("{\"name\":\"试行评价等级（2095，修订）\",\"bands\":[{\"grade\":\"EXCELLENT\",\"lowerBound\":95},"
                        + "{\"grade\":\"GOOD\",\"lowerBound\":85},{\"grade\":\"POOR\",\"lowerBound\":0}]}")
                .when().put("/api/v1/grade-schemes/trial-2095").then().statusCode(200).header("ETag", "\"1\"").body("bands.grade.code", org.hamcrest.Matchers.contains("EXCELLENT", "GOOD", "POOR"));

        JsonPath catalog = given().auth().oauth2(admin).when().get("/api/v1/grade-scheme-catalog").then().statusCode(200).extract().jsonPath();
        String etag = given().auth().oauth2(admin).when().get("/api/v1/grade-scheme-catalog").getHeader("ETag");
        List<Map<String, Object>> entries = catalog.getList("entries");
        StringBuilder body = new StringBuilder("{\"entries\":[");
        for (Map<String, Object> entry : entries) {
            body.append("{\"evaluationType\":\"").append(((Map<?, ?>) entry.get("evaluationType")).get("code")).append("\",\"effectiveFrom\":").append(entry.get("effectiveFrom"))
                    .append(",\"schemeId\":\"").append(entry.get("schemeId")).append("\"},");
        }
        String replacement = body + "{\"evaluationType\":\"SELF_EVALUATION\",\"effectiveFrom\":2095,\"schemeId\":\"trial-2095\"}]}";
        as(TestTokens.financeReviewer()).header("If-Match", etag).body(replacement).when().put("/api/v1/grade-scheme-catalog").then().statusCode(403);
        as(admin).header("If-Match", etag).body(replacement.replace("\"schemeId\":\"trial-2095\"", "\"schemeId\":\"no-such-scheme\""))
                .when().put("/api/v1/grade-scheme-catalog").then().statusCode(400).body("code", equalTo("GRADE_SCHEME_UNKNOWN"))
                .body("violations[0].field", equalTo("entries[" + entries.size() + "].schemeId"));
        as(admin).body(replacement).when().put("/api/v1/grade-scheme-catalog").then().statusCode(428);
        as(admin).header("If-Match", etag).body("{\"entries\":[{\"evaluationType\":\"SELF_EVALUATION\",\"effectiveFrom\":2000,\"schemeId\":\"national\"}]}")
                .when().put("/api/v1/grade-scheme-catalog").then().statusCode(400).body("code", equalTo("GRADE_SCHEME_CATALOG_INCOMPLETE"));
        as(admin).header("If-Match", etag).body(replacement).when().put("/api/v1/grade-scheme-catalog").then().statusCode(200)
                .body("entries.schemeId", hasItems("trial-2095"));
        as(admin).header("If-Match", etag).body(replacement).when().put("/api/v1/grade-scheme-catalog").then().statusCode(412);

        given().auth().oauth2(admin).queryParam("evaluationType", "SELF_EVALUATION").queryParam("fiscalYear", 2096).queryParam("score", "94.99")
                .when().get("/api/v1/grades").then().statusCode(200).body("grade.code", equalTo("GOOD")).body("schemeId", equalTo("trial-2095"));
        given().auth().oauth2(admin).queryParam("evaluationType", "SELF_EVALUATION").queryParam("fiscalYear", 2094).queryParam("score", "94.99")
                .when().get("/api/v1/grades").then().statusCode(200).body("grade.code", equalTo("EXCELLENT")).body("schemeId", equalTo("national"));
    }

    @Test
    void theWeightCatalogIsReplacedWholeAndEveryTemplateAddsUpToAHundred() {
        String etag = given().auth().oauth2(admin).when().get("/api/v1/weight-template-catalog").getHeader("ETag");
        String standard = "{\"kind\":\"PROJECT\",\"effectiveFrom\":2000,\"executionRate\":10,\"groups\":{\"OUTPUT\":50,\"BENEFIT\":30,\"SATISFACTION\":10}},"
                + "{\"kind\":\"DEPARTMENT_OVERALL\",\"effectiveFrom\":2000,\"executionRate\":10,\"groups\":{\"OUTPUT\":50,\"BENEFIT\":30,\"SATISFACTION\":10}}";
        as(admin).header("If-Match", etag).body("{\"entries\":[" + standard
                        + ",{\"kind\":\"PROJECT\",\"effectiveFrom\":2095,\"executionRate\":10,\"groups\":{\"OUTPUT\":60,\"BENEFIT\":20}}]}")
                .when().put("/api/v1/weight-template-catalog").then().statusCode(400).body("code", equalTo("WEIGHT_TEMPLATE_SUM_NOT_HUNDRED"))
                .body("violations[0].field", equalTo("entries[2]")).body("detail", containsString("90"));
        as(TestTokens.financeReviewer()).header("If-Match", etag).body("{\"entries\":[" + standard + "]}")
                .when().put("/api/v1/weight-template-catalog").then().statusCode(403);
        as(admin).header("If-Match", etag).body("{\"entries\":[" + standard.substring(0, standard.indexOf("},{") + 1) + "]}")
                .when().put("/api/v1/weight-template-catalog").then().statusCode(400).body("code", equalTo("WEIGHT_TEMPLATE_CATALOG_INCOMPLETE"))
                .body("violations[0].field", equalTo("entries"));
        as(admin).header("If-Match", etag).body("{\"entries\":[" + standard
                        + ",{\"kind\":\"PROJECT\",\"effectiveFrom\":2095,\"executionRate\":10,\"groups\":{\"OUTPUT\":60,\"BENEFIT\":30}}]}")
                .when().put("/api/v1/weight-template-catalog").then().statusCode(200)
                .body("entries.find { it.effectiveFrom == 2095 }.groups.OUTPUT", equalTo(60.0f));
    }
}
