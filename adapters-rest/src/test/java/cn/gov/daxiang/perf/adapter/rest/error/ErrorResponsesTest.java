package cn.gov.daxiang.perf.adapter.rest.error;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cn.gov.daxiang.perf.adapter.rest.security.TestTokens.financeAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ErrorResponsesTest {

    @Test
    void anUnknownPathIs404ProblemJson() {
        given().when().get("/api/v1/no-such-things")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("RESOURCE_NOT_FOUND"))
                .body("instance", equalTo("/api/v1/no-such-things"));
    }

    @Test
    void aWrongMethodIs405ProblemJson() {
        given().auth().oauth2(financeAdmin()).when().delete("/api/v1/projects")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aBugAnswers500WithoutStackTraceOrInternalDetail() {
        given().when().get("/test-only/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("code", equalTo("INTERNAL_ERROR"))
                .body(allOf(not(containsString("hunter2")), not(containsString("IllegalStateException")),
                        not(containsString("at cn.gov"))));
    }

    @Test
    void everyResponseCarriesARequestIdAndEchoesASaneOne() {
        given().auth().oauth2(financeAdmin()).header("X-Request-Id", "trace-2024-abcdef")
                .when().get("/api/v1/projects/43050324T999999999999")
                .then().statusCode(404)
                .header("X-Request-Id", "trace-2024-abcdef")
                .body("requestId", equalTo("trace-2024-abcdef"));
        given().auth().oauth2(financeAdmin()).header("X-Request-Id", "bad id with spaces\u0000")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
