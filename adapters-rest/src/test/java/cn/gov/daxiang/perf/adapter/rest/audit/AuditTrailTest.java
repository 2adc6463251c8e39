package cn.gov.daxiang.perf.adapter.rest.audit;

import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

@QuarkusTest
class AuditTrailTest {

    private static final Actor ADMIN = new Actor("admin.audit-test", Set.of(Role.FINANCE_ADMIN), null, null, "req-audit-test-0001");

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private static ReferenceDataBatch batch(String unitCode, String projectCode, String fiscal) {
        return new ReferenceDataBatch(List.of(BudgetUnit.of(UnitCode.of(unitCode), "审计测试局" + unitCode, null, true)),
                List.of(Project.of(ProjectCode.of(projectCode), "审计测试项目", UnitCode.of(unitCode), FiscalYear.of(2024),
                        ProjectCategory.OPERATION, List.of(), ProjectFunds.of(Money.of(fiscal), Money.ZERO, Money.ZERO))));
    }

    @Test
    void aCreationLeavesExactlyOneEventWithActorRolesRequestAndNewValues() {
        Map<String, Object> event = AuditTrailProbe.expectOneEvent("project", "43050324Y000000077001", "create",
                () -> importReferenceData.importReferenceData(ADMIN, batch("977001", "43050324Y000000077001", "500.00")));

        assertThat(event.get("actorId")).isEqualTo("admin.audit-test");
        assertThat(event.get("actorRoles")).isEqualTo(List.of("FINANCE_ADMIN"));
        assertThat(event.get("requestId")).isEqualTo("req-audit-test-0001");
        assertThat(event.get("kind")).isEqualTo("CREATE");
        assertThat(event.get("changes").toString()).contains("field=funds.total", "after=500.00", "after=审计测试项目");
        assertThat(AuditTrailProbe.count("budget-unit", "977001")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUpdateLeavesExactlyOneEventWithTheChangedFieldsBeforeAndAfter() {
        importReferenceData.importReferenceData(ADMIN, batch("977002", "43050324Y000000077002", "500.00"));

        Map<String, Object> event = AuditTrailProbe.expectOneEvent("project", "43050324Y000000077002", "update",
                () -> importReferenceData.importReferenceData(ADMIN, batch("977002", "43050324Y000000077002", "650.00")));

        assertThat((List<Object>) event.get("changes")).containsExactly(
                Map.of("field", "funds.fiscalAppropriation", "before", "500.00", "after", "650.00"),
                Map.of("field", "funds.total", "before", "500.00", "after", "650.00"));
    }

    @Test
    void somethingThatDidNotChangeLeavesNoEvent() {
        importReferenceData.importReferenceData(ADMIN, batch("977003", "43050324Y000000077003", "500.00"));

        AuditTrailProbe.expectNoEvent("project", "43050324Y000000077003",
                () -> importReferenceData.importReferenceData(ADMIN, batch("977003", "43050324Y000000077003", "500.00")));
    }

    @Test
    void aChangeThatFailsHalfWayLeavesNeitherTheChangeNorItsEvent() {
        AuditTrailProbe.expectNoEvent("budget-unit", "977004", () ->
                assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    importReferenceData.importReferenceData(ADMIN, batch("977004", "43050324Y000000077004", "500.00"));
                    throw new IllegalStateException("the work after the import failed");
                })).hasMessageContaining("the work after the import failed"));

        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/budget-units/977004").then().statusCode(404);
    }

    @Test
    void theTrailFiltersByObjectActorAndTimeAndListsNewestFirst() {
        importReferenceData.importReferenceData(ADMIN, batch("977005", "43050324Y000000077005", "500.00"));

        given().auth().oauth2(TestTokens.financeAdmin())
                .queryParam("actor", "admin.audit-test").queryParam("objectType", "budget-unit").queryParam("objectId", "977005")
                .queryParam("from", "2000-01-01T00:00:00Z")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].objectId", equalTo("977005"));
        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("to", "2000-01-01T00:00:00Z")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/audit-events")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(2));
    }

    @Test
    void aPlainDateIsTakenAsTheStartOfThatDayInTheDistrict() {
        importReferenceData.importReferenceData(ADMIN, batch("977006", "43050324Y000000077006", "600.00"));

        given().auth().oauth2(TestTokens.auditor()).queryParam("objectId", "977006").queryParam("from", "2024-01-01")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.auditor()).queryParam("objectId", "977006").queryParam("to", "2024-01-01")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void onlyFinanceAdministrationAndAuditorsMayReadTheTrail() {
        for (String token : List.of(TestTokens.financeReviewer(), TestTokens.sync(), TestTokens.unitOperator("105002"),
                TestTokens.deptReviewer("105001"), TestTokens.evaluator("ZHENRUI"))) {
            given().auth().oauth2(token).when().get("/api/v1/audit-events")
                    .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("ACCESS_DENIED"));
        }
    }

    @Test
    void aMalformedTimeIs400NamingTheParameter() {
        given().auth().oauth2(TestTokens.auditor()).queryParam("from", "yesterday")
                .when().get("/api/v1/audit-events")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.auditor()).queryParam("from", "2024-02-01T00:00:00Z").queryParam("to", "2024-01-01T00:00:00Z")
                .when().get("/api/v1/audit-events")
                .then().statusCode(400).body("code", equalTo("TIME_RANGE_EMPTY"));
    }
}
