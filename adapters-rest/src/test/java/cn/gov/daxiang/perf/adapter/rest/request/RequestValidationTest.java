package cn.gov.daxiang.perf.adapter.rest.request;

import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Requests are validated in one place (issue 14), shown on the indicator library: every fault of a request is
 * reported at once, unknown fields are refused by name, coded values are taken by code or label and answered as
 * {code, label}, parameters of the wrong type are 400 naming them (never JAX-RS's 404).
 */
@QuarkusTest
class RequestValidationTest {

    private static final String TEMPLATES = "/api/v1/indicator-templates";

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json").header("Accept-Language", "en")
                .body(body).when().post(TEMPLATES).then();
    }

    @Test
    void anUnknownFieldIsRefusedByNameInsteadOfBeingDroppedInSilence() {
        post("{\"industry\":\"教育\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"校验未知字段\",\"comparator\":\"≥\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("REQUEST_FIELD_UNKNOWN"))
                .body("violations.field", containsInAnyOrder("comparator"));
    }

    @Test
    void anEmptyBodyReportsEveryMissingFieldAtOnce() {
        post("{}").statusCode(400)
                .body("code", equalTo("REQUEST_INVALID"))
                .body("violations.field", containsInAnyOrder("industry", "level1", "level2", "name"))
                .body("violations.code", containsInAnyOrder("REQUEST_FIELD_REQUIRED", "REQUEST_FIELD_REQUIRED",
                        "REQUEST_FIELD_REQUIRED", "REQUEST_FIELD_REQUIRED"));
    }

    @Test
    void unknownFieldsBadCodesAndMissingFieldsComeTogetherEachNamed() {
        post("{\"industry\":\"教育\",\"level1\":\"OUTPUT\",\"valueType\":\"SOMETIMES\",\"typicalComparator\":\"bigger\","
                + "\"keywords\":[\"a\", 7, {\"x\":1}],\"colour\":\"red\",\"nested\":{\"deep\":[1,2]}}")
                .statusCode(400)
                .body("code", equalTo("REQUEST_INVALID"))
                .body("violations.field", containsInAnyOrder("valueType", "typicalComparator", "keywords[2]", "colour", "nested",
                        "level2", "name"));
    }

    @Test
    void aNullBodyIsARequiredBody() {
        given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json").body("null").when().post(TEMPLATES)
                .then().statusCode(400).body("violations.field", containsInAnyOrder("body"))
                .body("code", equalTo("REQUEST_FIELD_REQUIRED"));
    }

    @Test
    void codedValuesAreTakenByCodeOrLabelAndAnsweredAsCodeAndLabel() {
        post("{\"industry\":\"教育\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"标签取值校验\",\"valueType\":\"定量\","
                + "\"typicalComparator\":\">=\"}")
                .statusCode(201)
                .body("valueType.code", equalTo("QUANTITATIVE")).body("valueType.label", equalTo("定量"))
                .body("typicalComparator.code", equalTo("AT_LEAST")).body("typicalComparator.label", equalTo("≥"));
    }

    @Test
    void aDomainRefusalOfACodedValueKeepsTheDomainsReasonAndTheFieldPath() {
        post("{\"industry\":\"教育\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"比较符校验\",\"typicalComparator\":\"<>\"}")
                .statusCode(400).body("code", equalTo("COMPARATOR_UNKNOWN")).body("violations[0].field", equalTo("typicalComparator"));
    }

    @Test
    void tooLongTextsAreRefusedWithTheirLimitsAllAtOnce() {
        String longName = "名".repeat(201);
        post("{\"industry\":\"" + "业".repeat(51) + "\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"" + longName + "\"}")
                .statusCode(400).body("violations.field", containsInAnyOrder("industry", "name"))
                .body("violations.code", containsInAnyOrder("VALUE_SIZE_OUT_OF_RANGE", "VALUE_SIZE_OUT_OF_RANGE"));
    }

    @Test
    void pageAndSizeOutOfRangeAreBothReported() {
        given().auth().oauth2(TestTokens.auditor()).queryParam("page", 0).queryParam("size", 1000).when().get(TEMPLATES)
                .then().statusCode(400).body("violations.field", containsInAnyOrder("page", "size"));
    }

    @Test
    void aPageThatIsNotANumberIsA400NamingIt() {
        given().auth().oauth2(TestTokens.auditor()).queryParam("page", "abc").when().get(TEMPLATES)
                .then().statusCode(400).body("code", equalTo("PARAMETER_MALFORMED")).body("violations[0].field", equalTo("page"));
    }

    @Test
    void aMalformedIdInThePathIsA400NamingIt() {
        given().auth().oauth2(TestTokens.auditor()).when().get(TEMPLATES + "/not-a-uuid")
                .then().statusCode(400).body("violations[0].field", equalTo("id"));
    }

    @Test
    void aFilterOutsideItsValuesIsA400() {
        given().auth().oauth2(TestTokens.auditor()).queryParam("active", "maybe").when().get(TEMPLATES)
                .then().statusCode(400).body("violations", hasSize(1)).body("violations[0].field", equalTo("active"));
    }

    @Test
    void malformedJsonIsA400() {
        post("{\"industry\": ").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aListWhereAnObjectBelongsIsA400NamingTheBody() {
        post("[1,2,3]").statusCode(400).body("violations[0].field", equalTo("body"));
    }

    @Test
    void aFloodOfFaultsIsAnsweredWithTheFirst200OfThem() {
        StringBuilder body = new StringBuilder("{\"industry\":\"教育\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"泛洪\"");
        for (int i = 0; i < 500; i++) {
            body.append(",\"unknown").append(i).append("\":").append(i);
        }
        post(body.append('}').toString()).statusCode(400).body("code", equalTo("REQUEST_INVALID"))
                .body("violations", hasSize(200)).body("detail", org.hamcrest.Matchers.containsString("500"));
    }
}
