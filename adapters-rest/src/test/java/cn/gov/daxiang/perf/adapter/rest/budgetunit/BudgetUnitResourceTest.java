package cn.gov.daxiang.perf.adapter.rest.budgetunit;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.gov.daxiang.perf.adapter.rest.DistrictFixture.*;
import static io.restassured.RestAssured.given;
import static cn.gov.daxiang.perf.adapter.rest.security.TestTokens.financeAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BudgetUnitResourceTest {

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
    }

    @Test
    void aDepartmentComesWithItsSubordinateUnits() {
        given().auth().oauth2(financeAdmin()).when().get("/api/v1/budget-units/" + EDUCATION)
                .then().statusCode(200)
                .body("name", equalTo("邵阳市大祥区教育局"))
                .body("department", equalTo(true))
                .body("supervisingDepartmentCode", nullValue())
                .body("subordinateUnits.unitCode", contains(KINDERGARTEN, PRIMARY_SCHOOL))
                .body("subordinateUnits.active", contains(true, false));
    }

    @Test
    void aSubordinateUnitNamesItsDepartmentAndHasNoSubordinates() {
        given().auth().oauth2(financeAdmin()).when().get("/api/v1/budget-units/" + KINDERGARTEN)
                .then().statusCode(200)
                .body("department", equalTo(false))
                .body("supervisingDepartmentCode", equalTo(EDUCATION))
                .body("subordinateUnits", empty());
    }

    @Test
    void unitsFilterByDepartmentActivityAndName() {
        given().auth().oauth2(financeAdmin()).queryParam("supervisingDepartment", EDUCATION).queryParam("active", "true")
                .when().get("/api/v1/budget-units")
                .then().statusCode(200)
                .body("items.unitCode", contains(KINDERGARTEN));
        given().auth().oauth2(financeAdmin()).queryParam("name", "住房")
                .when().get("/api/v1/budget-units")
                .then().statusCode(200)
                .body("items.unitCode", contains(HOUSING));
    }

    @Test
    void anUnknownUnitIs404AndAMalformedOneIs400() {
        given().auth().oauth2(financeAdmin()).when().get("/api/v1/budget-units/999999")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("BUDGET_UNIT_NOT_FOUND"));
        given().auth().oauth2(financeAdmin()).when().get("/api/v1/budget-units/10-5")
                .then().statusCode(400).body("code", equalTo("UNIT_CODE_MALFORMED")).body("violations[0].field", equalTo("unitCode"));
    }

    @Test
    void aFilterThatIsNotABooleanIs400() {
        given().auth().oauth2(financeAdmin()).queryParam("active", "yes")
                .when().get("/api/v1/budget-units")
                .then().statusCode(400)
                .body("code", equalTo("PARAMETER_MALFORMED"))
                .body("violations[0].field", equalTo("active"));
    }
}
