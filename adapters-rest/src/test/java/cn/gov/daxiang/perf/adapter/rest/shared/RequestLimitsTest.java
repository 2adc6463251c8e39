package cn.gov.daxiang.perf.adapter.rest.shared;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RequestLimitsTest {

    private static final String ECHO = "/test-only/echo";

    @Test
    void aWellFormedBodyPasses() {
        given().contentType("application/json").body("{\"name\":\"老旧小区\",\"kind\":\"SPECIAL_BOND\",\"amount\":12.50}")
                .when().post(ECHO)
                .then().statusCode(200).body("name", equalTo("老旧小区")).body("kind", equalTo("SPECIAL_BOND"));
    }

    @Test
    void malformedJsonIs400ProblemJsonWithoutParserInternals() {
        given().contentType("application/json").body("{\"name\": \"unterminated")
                .when().post(ECHO)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("REQUEST_MALFORMED"))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void anUnknownEnumValueIs400NamingTheFieldAndTheAllowedValues() {
        given().contentType("application/json").body("{\"name\":\"x\",\"kind\":\"BOND\"}")
                .when().post(ECHO)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("PROJECT_KIND_UNKNOWN"))   // the domain's own reason, through its parser
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("SPECIAL_BOND"));
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        given().contentType("application/json").body("{\"name\":\"x\",\"amount\":\"lots\"}")
                .when().post(ECHO)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("amount"));
    }

    @Test
    void aBodyOverTheConfiguredSizeIs413ProblemJson() {
        String huge = "{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}";
        given().contentType("application/json").body(huge)
                .when().post(ECHO)
                .then().statusCode(413)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }
}
