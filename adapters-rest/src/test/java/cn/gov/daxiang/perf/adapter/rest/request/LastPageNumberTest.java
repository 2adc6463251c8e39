package cn.gov.daxiang.perf.adapter.rest.request;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The largest page number a list accepts is a page past the end, empty, like any other: its first item's position
 * (2,147,483,646 × 100) does not fit an int, and several lists answered 500 for it. Every paged list of the API.
 */
@QuarkusTest
class LastPageNumberTest {

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit-events", "/api/v1/budget-units", "/api/v1/campaigns", "/api/v1/indicator-templates",
            "/api/v1/key-evaluations", "/api/v1/monitoring-reports", "/api/v1/monitoring-rounds", "/api/v1/performance-goals",
            "/api/v1/pre-assessments", "/api/v1/projects", "/api/v1/rectifications", "/api/v1/self-evaluations",
            "/api/v1/sync/conflicts", "/api/v1/sync/dead-letters", "/api/v1/sync/outbox", "/api/v1/sync/runs"})
    void theLastPageNumberIsAnEmptyPageNotAServerError(String list) {
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                .when().get(list).then().statusCode(200).body("items", empty()).body("page", equalTo(Integer.MAX_VALUE));
    }
}
