package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The bulkhead on spreadsheets: while its permits are all taken, every import and export answers 429 with
 * Retry-After at once and changes nothing, and every other request is served as usual; once a permit is free
 * the same requests succeed.
 */
@QuarkusTest
class SpreadsheetBulkheadTest {

    private static final EvaluationFixture DISTRICT = new EvaluationFixture("388", 2024, 2);
    private static final String XLSX = Spreadsheets.MEDIA_TYPE;

    @Inject
    ImportReferenceDataUseCase importReferenceData;
    @Inject
    SpreadsheetBulkhead bulkhead;

    @Test
    void whileEveryPermitIsTakenEverySpreadsheetEndpointIs429WithRetryAfterAndOtherRequestsAreServed() throws Exception {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
        String unit = TestTokens.unitOperator(DISTRICT.unit(1));
        String finance = TestTokens.financeReviewer();
        String goal = DISTRICT.approvedGoal("PROJECT", 1, DISTRICT.workedExampleContent());
        String evaluation = EvaluationFixture.as(unit).body("{\"goalId\":\"" + goal + "\"}").when().post("/api/v1/self-evaluations")
                .then().statusCode(201).extract().jsonPath().getString("id");
        String campaign = EvaluationFixture.as(finance).body("{\"title\":\"限流测试任务\",\"kind\":\"SELF_EVALUATION\",\"fiscalYear\":2024,"
                        + "\"deadline\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30) + "\",\"targets\":[{\"unitCode\":\""
                        + DISTRICT.unit(1) + "\",\"amount\":100.00}]}")
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getString("id");
        List<Supplier<Response>> spreadsheets = List.of(
                () -> given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + goal + "/declaration.xlsx"),
                () -> given().auth().oauth2(unit).when().get("/api/v1/self-evaluations/" + evaluation + "/table.xlsx"),
                () -> given().auth().oauth2(finance).when().get("/api/v1/campaigns/" + campaign + "/progress.xlsx"));
        // A draft of the second unit, exported to be imported back.
        String drafter = TestTokens.unitOperator(DISTRICT.unit(2));
        String draft = given().auth().oauth2(drafter).contentType("application/json").body(DISTRICT.declareBody("PROJECT", 2, DISTRICT.workedExampleContent()))
                .when().post("/api/v1/performance-goals").then().statusCode(201).extract().jsonPath().getString("id");
        byte[] declaration = given().auth().oauth2(drafter).when().get("/api/v1/performance-goals/" + draft + "/declaration.xlsx")
                .then().statusCode(200).extract().asByteArray();

        CountDownLatch taken = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> held = List.of(hold(holders, taken, release), hold(holders, taken, release));
            assertThat(taken.await(10, TimeUnit.SECONDS)).as("both permits taken").isTrue();

            for (Supplier<Response> export : spreadsheets) {
                busy(export.get());
            }
            busy(given().auth().oauth2(drafter).contentType(XLSX).body(declaration).when().post("/api/v1/performance-goals/imports"));
            // Everything else is served as usual, and the refused import changed nothing.
            given().auth().oauth2(drafter).when().get("/api/v1/performance-goals/" + draft).then().statusCode(200)
                    .body("revision", equalTo(0));
            given().auth().oauth2(unit).when().get("/api/v1/budget-units/" + DISTRICT.unit(1)).then().statusCode(200);
            given().when().get("/q/health/live").then().statusCode(200);

            release.countDown();
            for (Future<Object> f : held) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            release.countDown();
            holders.shutdownNow();
        }

        for (Supplier<Response> export : spreadsheets) {
            export.get().then().statusCode(200).contentType(XLSX);
        }
        given().auth().oauth2(drafter).contentType(XLSX).body(declaration).when().post("/api/v1/performance-goals/imports")
                .then().statusCode(201).body("goals[0].revision", equalTo(1));
    }

    private Future<Object> hold(ExecutorService pool, CountDownLatch taken, CountDownLatch release) {
        return pool.submit(() -> bulkhead.call(() -> {
            taken.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
    }

    private static void busy(Response response) {
        response.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .header("X-Request-Id", notNullValue())
                .body("code", equalTo("SPREADSHEETS_BUSY"))
                .body("status", equalTo(429));
    }
}
