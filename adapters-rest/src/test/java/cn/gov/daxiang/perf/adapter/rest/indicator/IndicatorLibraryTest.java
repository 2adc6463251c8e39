package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class IndicatorLibraryTest {

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
    }

    private static Response create(String token, String name, String industry, String level2) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"industry\":\"" + industry + "\",\"level1\":\"OUTPUT\",\"level2\":\"" + level2 + "\",\"name\":\"" + name + "\","
                        + "\"valueType\":\"QUANTITATIVE\",\"typicalUnit\":\"所\",\"typicalComparator\":\"≥\",\"keywords\":[\"学前教育\",\"普惠\"]}")
                .when().post("/api/v1/indicator-templates");
    }

    @Test
    void financeManagesTemplatesAndEveryoneSearchesThem() {
        String id = create(TestTokens.financeAdmin(), "新增公办幼儿园数量", "教育", "QUANTITY").then().statusCode(201)
                .header("ETag", "\"0\"").extract().jsonPath().getString("id");
        create(TestTokens.unitOperator(DistrictFixture.KINDERGARTEN), "单位自建指标", "教育", "QUANTITY").then().statusCode(403);

        given().auth().oauth2(TestTokens.unitOperator(DistrictFixture.KINDERGARTEN))
                .queryParam("keyword", "普惠").queryParam("industry", "教育").queryParam("level1", "OUTPUT")
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(200).body("items.id", hasItem(id));

        AuditTrailProbe.expectOneEvent("indicator-template", id, "deactivate", () ->
                given().auth().oauth2(TestTokens.financeReviewer()).header("If-Match", "\"0\"").contentType("application/json").body("{}")
                        .when().post("/api/v1/indicator-templates/" + id + "/deactivate").then().statusCode(200)
                        .body("active", equalTo(false)));
        given().auth().oauth2(TestTokens.auditor()).queryParam("keyword", "普惠")
                .when().get("/api/v1/indicator-templates").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.financeAdmin()).header("If-Match", "\"0\"").contentType("application/json").body("{}")
                .when().post("/api/v1/indicator-templates/" + id + "/activate").then().statusCode(412);
    }

    @Test
    void aTemplateUnderAnUnknownLevelPairIsRefused() {
        create(TestTokens.financeAdmin(), "错误层级指标", "教育", "SOCIAL").then().statusCode(400)
                .body("code", equalTo("INDICATOR_CATEGORY_UNKNOWN"));
    }

    @Test
    void aUnitBuildsItsIndicatorSystemFromTheLibraryAndOtherUnitsCannotTouchIt() {
        String id = create(TestTokens.financeAdmin(), "幼儿园覆盖率", "教育", "QUALITY").then().statusCode(201)
                .extract().jsonPath().getString("id");
        String operator = TestTokens.unitOperator(DistrictFixture.KINDERGARTEN);
        String path = "/api/v1/budget-units/" + DistrictFixture.KINDERGARTEN + "/indicator-system";

        given().auth().oauth2(operator).contentType("application/json").body("{\"templateId\":\"" + id + "\"}")
                .when().post(path + "/templates").then().statusCode(200).body("id", contains(id));
        given().auth().oauth2(operator).contentType("application/json").body("{\"templateId\":\"" + id + "\"}")
                .when().post(path + "/templates").then().statusCode(422).body("code", equalTo("INDICATOR_TEMPLATE_ALREADY_CHOSEN"));
        given().auth().oauth2(TestTokens.unitOperator(DistrictFixture.HOUSING_CENTRE)).when().get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.deptReviewer(DistrictFixture.EDUCATION)).when().get(path)
                .then().statusCode(200).body("name", contains("幼儿园覆盖率"));
        given().auth().oauth2(operator).when().delete(path + "/templates/" + id).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theTaxonomyListsTheThreeLevelOneGroupsWithTheirLevelTwoCategories() {
        given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/indicator-taxonomy")
                .then().statusCode(200)
                .body("code", contains("OUTPUT", "BENEFIT", "SATISFACTION"))
                .body("find { it.code == 'OUTPUT' }.categories.code", contains("QUANTITY", "QUALITY", "TIMELINESS", "COST"));
    }
}
