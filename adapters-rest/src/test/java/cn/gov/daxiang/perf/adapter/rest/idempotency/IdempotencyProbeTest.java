package cn.gov.daxiang.perf.adapter.rest.idempotency;

import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The interceptor's edges on test-only creates ({@link IdempotencyProbeTestResource}), over real HTTP on PostgreSQL. */
@QuarkusTest
class IdempotencyProbeTest {

    private static final String PROBE = "/api/v1/test-only/idempotency-probe";

    @Test
    void anUploadReadAsAStreamIsFingerprintedAndStillReachesTheCreateWhole() {
        String key = UUID.randomUUID().toString();
        byte[] upload = new byte[300_000];
        upload[123] = 7;
        int before = IdempotencyProbeTestResource.RUNS.get();
        Response first = given().auth().oauth2(TestTokens.financeAdmin()).header("Idempotency-Key", key)
                .contentType("application/octet-stream").body(upload).when().post(PROBE + "/upload");
        first.then().statusCode(201).body("bytes", equalTo(300_000));
        given().auth().oauth2(TestTokens.financeAdmin()).header("Idempotency-Key", key)
                .contentType("application/octet-stream").body(upload).when().post(PROBE + "/upload")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("run", equalTo(first.jsonPath().getInt("run")));
        upload[124] = 1;
        given().auth().oauth2(TestTokens.financeAdmin()).header("Idempotency-Key", key)
                .contentType("application/octet-stream").body(upload).when().post(PROBE + "/upload")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(IdempotencyProbeTestResource.RUNS.get() - before).as("the create ran once").isEqualTo(1);
    }

    @Test
    void anAnswerThatIsNot2xxIsSentButNotKeptSoTheRetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        int before = IdempotencyProbeTestResource.RUNS.get();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.financeAdmin()).header("Idempotency-Key", key).contentType("application/json").body("{}")
                    .when().post(PROBE + "/refusing").then().statusCode(409);
        }
        assertThat(IdempotencyProbeTestResource.RUNS.get() - before).isEqualTo(2);
    }

    @Test
    void aDuplicateThatCannotWaitForTheFirstGets409WithRetryAfterAndLaterTheFirstAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String finance = TestTokens.financeAdmin();
        IdempotencyProbeTestResource.held = new CountDownLatch(1);
        IdempotencyProbeTestResource.ENTERED[0] = new CountDownLatch(1);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> given().auth().oauth2(finance).header("Idempotency-Key", key)
                .contentType("application/json").body("{\"n\":1}").when().post(PROBE + "/held"));
        try {
            assertThat(IdempotencyProbeTestResource.ENTERED[0].await(30, TimeUnit.SECONDS)).as("the first create is running").isTrue();
            long start = System.nanoTime();
            Response duplicate = given().auth().oauth2(finance).header("Idempotency-Key", key).header("Accept-Language", "en")
                    .contentType("application/json").body("{\"n\":1}").when().post(PROBE + "/held");
            long waitedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
            System.out.printf("[figures] a duplicate waited %d ms for the first request still running, then answered %d%n",
                    waitedMs, duplicate.statusCode());
            duplicate.then().statusCode(409).header("Retry-After", "2").contentType("application/problem+json")
                    .body("code", equalTo("IDEMPOTENCY_KEY_IN_PROGRESS"));
        } finally {
            IdempotencyProbeTestResource.held.countDown();
        }
        Response answered = first.get(60, TimeUnit.SECONDS);
        answered.then().statusCode(201);
        given().auth().oauth2(finance).header("Idempotency-Key", key).contentType("application/json").body("{\"n\":1}")
                .when().post(PROBE + "/held").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("run", equalTo(answered.jsonPath().getInt("run")));
    }
}
