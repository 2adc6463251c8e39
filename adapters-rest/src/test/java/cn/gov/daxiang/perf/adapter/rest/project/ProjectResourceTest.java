package cn.gov.daxiang.perf.adapter.rest.project;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.gov.daxiang.perf.adapter.rest.DistrictFixture.*;
import static io.restassured.RestAssured.given;
import static cn.gov.daxiang.perf.adapter.rest.security.TestTokens.financeAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ProjectResourceTest {

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
    }

    @Test
    void listingIsOrderedByCodeAndPagedWithTheTotalOfTheCallersScope() {
        // The education department's reviewer sees the department's and its subordinates' projects only.
        given().auth().oauth2(TestTokens.deptReviewer(EDUCATION)).queryParam("size", 2).queryParam("page", 2)
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("page", equalTo(2))
                .body("items.projectCode", contains(EDUCATION_RUNNING));
        given().auth().oauth2(TestTokens.deptReviewer(EDUCATION)).queryParam("size", 2)
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.projectCode", contains(EDUCATION_SALARIES, KINDERGARTEN_BUILD));
    }

    @Test
    void listingFiltersByFiscalYearUnitCategoryAndKind() {
        given().auth().oauth2(financeAdmin()).queryParam("fiscalYear", 2024).queryParam("unitCode", EDUCATION)
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.projectCode", contains(EDUCATION_SALARIES, KINDERGARTEN_BUILD, EDUCATION_RUNNING));
        given().auth().oauth2(TestTokens.deptReviewer(HOUSING)).queryParam("category", "特定目标类").queryParam("kind", "SPECIAL_BOND")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.projectCode", contains(RENOVATION_2024, RENOVATION_2025));
        given().auth().oauth2(TestTokens.deptReviewer(HOUSING)).queryParam("fiscalYear", 2024).queryParam("kind", "上级转移支付")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].projectCode", equalTo(RENOVATION_2024));
    }

    @Test
    void aProjectShowsItsFundsInYuanWithTwoDecimalsAndItsLabelledCategoryAndKinds() {
        String body = given().auth().oauth2(financeAdmin()).when().get("/api/v1/projects/" + RENOVATION_2024)
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("name", equalTo("2024年度城镇老旧小区改造项目"))
                .body("unitCode", equalTo(HOUSING_CENTRE))
                .body("fiscalYear", equalTo(2024))
                .body("category.code", equalTo("SPECIFIC_PURPOSE"))
                .body("category.label", equalTo("特定目标类"))
                .body("kinds.code", contains("SPECIAL_BOND", "TRANSFER_PAYMENT"))
                .body("kinds.label", contains("专项债券", "上级转移支付"))
                .extract().asString();
        // Money travels as JSON numbers with exactly two decimals.
        org.assertj.core.api.Assertions.assertThat(body)
                .contains("\"total\":42500000.50", "\"fiscalAppropriation\":36500000.00", "\"other\":1800000.50");
    }

    @Test
    void codesAreAcceptedInLowerCase() {
        given().auth().oauth2(financeAdmin()).when().get("/api/v1/projects/" + RENOVATION_2024.toLowerCase())
                .then().statusCode(200).body("projectCode", equalTo(RENOVATION_2024));
    }

    @Test
    void anUnknownProjectIs404ProblemJsonInChineseByDefault() {
        given().auth().oauth2(financeAdmin()).when().get("/api/v1/projects/43050324T999999999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("status", equalTo(404))
                .body("code", equalTo("PROJECT_NOT_FOUND"))
                .body("title", equalTo("项目不存在"))
                .body("detail", equalTo("没有代码为 43050324T999999999999 的项目。"))
                .body("instance", equalTo("/api/v1/projects/43050324T999999999999"));
    }

    @Test
    void problemsAreInEnglishWhenTheCallerPrefersIt() {
        given().auth().oauth2(financeAdmin()).header("Accept-Language", "en-US,en;q=0.9,zh;q=0.5")
                .when().get("/api/v1/projects/43050324T999999999999")
                .then().statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Project not found"))
                .body("detail", equalTo("There is no project with code 43050324T999999999999."));
    }

    @Test
    void aPageSizeAbove100Is400NamingTheParameterAndTheLimit() {
        given().auth().oauth2(financeAdmin()).queryParam("size", 1000)
                .when().get("/api/v1/projects")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALUE_OUT_OF_RANGE"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("size"))
                .body("detail", containsString("100"));
    }

    @Test
    void aMalformedProjectCodeIs400() {
        given().auth().oauth2(financeAdmin()).when().get("/api/v1/projects/43050324-T-1")
                .then().statusCode(400)
                .body("code", equalTo("PROJECT_CODE_MALFORMED"))
                .body("violations[0].field", equalTo("projectCode"));
    }

    @Test
    void malformedFiltersAre400NotAnEmptyList() {
        given().auth().oauth2(financeAdmin()).queryParam("fiscalYear", "二〇二四").when().get("/api/v1/projects")
                .then().statusCode(400).body("code", equalTo("FISCAL_YEAR_MALFORMED")).body("violations[0].field", equalTo("fiscalYear"));
        given().auth().oauth2(financeAdmin()).queryParam("kind", "BOND").when().get("/api/v1/projects")
                .then().statusCode(400).body("code", equalTo("PROJECT_KIND_UNKNOWN")).body("violations[0].field", equalTo("kind"));
        given().auth().oauth2(financeAdmin()).queryParam("category", "other").when().get("/api/v1/projects")
                .then().statusCode(400).body("code", equalTo("PROJECT_CATEGORY_UNKNOWN"));
        given().auth().oauth2(financeAdmin()).queryParam("page", "x").when().get("/api/v1/projects")
                .then().statusCode(400).body("code", equalTo("PARAMETER_MALFORMED"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aRefusedParameterIsNamedWithTheDomainsReason() {
        given().auth().oauth2(financeAdmin()).queryParam("fiscalYear", "abc")
                .when().get("/api/v1/projects")
                .then().statusCode(400)
                .body("violations.field", contains("fiscalYear")).body("violations.code", contains("FISCAL_YEAR_MALFORMED"));
        given().auth().oauth2(financeAdmin()).queryParam("kind", "BOND")
                .when().get("/api/v1/projects")
                .then().statusCode(400)
                .body("violations.field", contains("kind"));
    }
}
