package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.domain.access.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Broken object-level authorization (OWASP API1:2023) cannot happen here, and this proves it for every
 * operation the service's own OpenAPI document lists, including operations added later: each is called
 * without a token (401 unless documented public), with every role (authenticated: never 401, never 5xx),
 * and with tokens of another unit, department and agency, which must get 404 or 403 for an object of
 * the owner unit, and lists that never contain the owner unit's data.
 *
 * <p>A new operation joins automatically. If it has a path parameter or a body this test does not know,
 * it fails and says what to register in {@link #OWNED_OBJECT} or {@link #BODIES}.
 */
@QuarkusTest
class AccessMatrixTest {

    /** The owner of the objects probed: a subordinate unit of the housing department. */
    private static final String OWNER_UNIT = DistrictFixture.HOUSING_CENTRE;
    private static final String OWNER_DEPARTMENT = DistrictFixture.HOUSING;

    /** For each path parameter, an object of the owner unit. */
    private static final Map<String, String> OWNED_OBJECT = Map.of(
            "unitCode", OWNER_UNIT,
            "projectCode", DistrictFixture.RENOVATION_2024,
            // The sync's objects belong to no unit: outsiders get 403 before any lookup, admins 404 for these ids.
            "runId", "5b0e1a52-0000-4000-8000-000000000001",
            "messageId", "5b0e1a52-0000-4000-8000-000000000002",
            "conflictId", "5b0e1a52-0000-4000-8000-000000000003");

    /** Identifiers that belong to the owner unit and must never reach another unit's users. */
    private static final List<String> OWNER_DATA = List.of(OWNER_UNIT, DistrictFixture.RENOVATION_2024,
            DistrictFixture.RENOVATION_2025, "城市建设服务中心", "城镇老旧小区改造");

    /** Request bodies of non-GET operations, keyed by "METHOD path" as the OpenAPI document writes it. */
    private static final Map<String, String> BODIES = Map.of(
            "POST /api/v1/sync/runs", "{}",
            "POST /api/v1/sync/dead-letters/{messageId}/retry", "{}",
            "POST /api/v1/sync/conflicts/{conflictId}/resolve", "{\"resolution\":\"KEEP_LOCAL\",\"note\":\"access matrix\"}");

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
    }

    record Operation(String method, String path, boolean publicOperation) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    @Test
    void everyOperationIsCoveredAndTheListIsNotEmpty() {
        List<Operation> operations = operations();
        assertThat(operations).extracting(Operation::toString)
                .contains("GET /api/v1/projects", "GET /api/v1/projects/{projectCode}", "GET /api/v1/budget-units/{unitCode}",
                        "GET /api/v1/audit-events", "GET /api/v1/sync/runs", "POST /api/v1/sync/runs", "GET /api/v1/sync/runs/{runId}",
                        "GET /api/v1/sync/outbox", "GET /api/v1/sync/dead-letters", "POST /api/v1/sync/dead-letters/{messageId}/retry",
                        "GET /api/v1/sync/conflicts", "POST /api/v1/sync/conflicts/{conflictId}/resolve");
        assertThat(operations).filteredOn(Operation::publicOperation).extracting(Operation::path)
                .allMatch(p -> p.startsWith("/api/v1/demo-identities"));
    }

    @Test
    void withoutATokenEveryOperationButThePublicOnesIs401() {
        for (Operation op : operations()) {
            Response response = call(given(), op);
            if (op.publicOperation()) {
                assertThat(response.statusCode()).as(op + " is public").isNotEqualTo(401);
            } else {
                assertThat(response.statusCode()).as(op + " without a token").isEqualTo(401);
                assertThat(response.contentType()).as(op.toString()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void everyRoleOfTheOwnerScopeIsAuthenticatedAndNeverMeetsAServerError() {
        Map<Role, String> tokens = Map.of(
                Role.FINANCE_ADMIN, TestTokens.financeAdmin(),
                Role.FINANCE_REVIEWER, TestTokens.financeReviewer(),
                Role.DEPT_REVIEWER, TestTokens.deptReviewer(OWNER_DEPARTMENT),
                Role.UNIT_OPERATOR, TestTokens.unitOperator(OWNER_UNIT),
                Role.EVALUATOR, TestTokens.evaluator("ZHENRUI"),
                Role.AUDITOR, TestTokens.auditor(),
                Role.SYNC, TestTokens.sync());
        assertThat(tokens.keySet()).containsExactlyInAnyOrder(Role.values());
        for (Operation op : operations()) {
            if (op.publicOperation()) {
                continue;
            }
            tokens.forEach((role, token) -> {
                int status = call(given().auth().oauth2(token), op).statusCode();
                assertThat(status).as(op + " as " + role).isNotEqualTo(401).isLessThan(500);
            });
        }
    }

    @Test
    void theOwnerUnitAndItsDepartmentSeeTheirOwnObjects() {
        for (Operation op : operations()) {
            if (op.publicOperation() || !op.method().equals("get")) {
                continue;
            }
            for (String token : List.of(TestTokens.unitOperator(OWNER_UNIT), TestTokens.deptReviewer(OWNER_DEPARTMENT))) {
                int status = call(given().auth().oauth2(token), op).statusCode();
                assertThat(status).as(op + " by the owner").isIn(200, 403);
            }
        }
    }

    @Test
    void anotherUnitDepartmentOrAgencyGets404Or403AndNeverTheOwnersData() {
        Map<String, String> outsiders = Map.of(
                "operator of another unit under another department", TestTokens.unitOperator(DistrictFixture.KINDERGARTEN),
                "operator of the owner's department office", TestTokens.unitOperator(OWNER_DEPARTMENT),
                "reviewer of another department", TestTokens.deptReviewer(DistrictFixture.EDUCATION),
                "evaluator of an agency with no assignment", TestTokens.evaluator("OTHERAGENCY"));
        for (Operation op : operations()) {
            if (op.publicOperation()) {
                continue;
            }
            String path = concretePath(op);
            outsiders.forEach((who, token) -> {
                Response response = call(given().auth().oauth2(token), op);
                String body = response.asString();
                if (PATH_PARAMETER.matcher(op.path()).find()) {
                    assertThat(response.statusCode()).as(op + " by the " + who).isIn(403, 404);
                    assertThat(response.contentType()).as(op + " by the " + who).startsWith("application/problem+json");
                } else {
                    assertThat(response.statusCode()).as(op + " by the " + who).isIn(200, 403, 404);
                }
                // A refusal may echo what the caller sent (the path); it must show nothing else of the owner.
                for (String secret : OWNER_DATA) {
                    if (!path.contains(secret)) {
                        assertThat(body).as(op + " by the " + who + " must not show " + secret).doesNotContain(secret);
                    }
                }
            });
        }
    }

    private static Response call(RequestSpecification request, Operation op) {
        String path = concretePath(op);
        if (!op.method().equals("get") && !op.method().equals("delete")) {
            String body = BODIES.get(op.toString());
            if (body == null && !op.publicOperation()) {
                fail("register a request body for " + op + " in AccessMatrixTest.BODIES");
            }
            request = request.contentType("application/json").body(body == null ? "{}" : body);
        }
        return request.when().request(op.method().toUpperCase(Locale.ROOT), path);
    }

    private static String concretePath(Operation op) {
        Matcher m = PATH_PARAMETER.matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = op.publicOperation() ? "finance-admin" : OWNED_OBJECT.get(m.group(1));
            if (value == null) {
                fail("register an object of unit " + OWNER_UNIT + " for path parameter {" + m.group(1) + "} of " + op
                        + " in AccessMatrixTest.OWNED_OBJECT");
            }
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.toString();
    }

    /** Every operation under /api/v1 of the OpenAPI document; public means an explicitly empty security list. */
    @SuppressWarnings("unchecked")
    static List<Operation> operations() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            item.forEach((method, definition) -> {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    Object security = ((Map<String, Object>) definition).get("security");
                    boolean isPublic = security instanceof List<?> list && list.isEmpty();
                    operations.add(new Operation(method, path, isPublic));
                }
            });
        });
        return operations;
    }
}
