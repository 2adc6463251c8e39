package cn.gov.daxiang.perf.adapter.rest.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class DemoIdentityResourceTest {

    @Test
    void theDemoIdentitiesCoverEveryRoleAndTwoUnitsInDifferentDepartments() {
        given().when().get("/api/v1/demo-identities")
                .then().statusCode(200)
                .body("role", hasItems("FINANCE_ADMIN", "FINANCE_REVIEWER", "DEPT_REVIEWER", "UNIT_OPERATOR", "EVALUATOR", "AUDITOR", "SYNC"))
                .body("findAll { it.role == 'UNIT_OPERATOR' }.unitCode", hasItems("105002", "108002"));
    }

    @Test
    void everyDemoIdentityGetsAWorkingTokenInOneStep() {
        List<String> ids = given().when().get("/api/v1/demo-identities").then().extract().jsonPath().getList("id");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(7);
        for (String id : ids) {
            String token = given().accept("text/plain").when().post("/api/v1/demo-identities/" + id + "/token")
                    .then().statusCode(200).extract().asString();
            given().auth().oauth2(token).when().get("/api/v1/projects").then().statusCode(200);
        }
    }

    @Test
    void theJsonFormCarriesTheTokenType() {
        given().accept("application/json").when().post("/api/v1/demo-identities/auditor/token")
                .then().statusCode(200).body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(28800));
    }

    @Test
    void anUnknownDemoIdentityIs404() {
        given().when().post("/api/v1/demo-identities/nobody/token").then().statusCode(404).contentType("application/problem+json");
    }
}
