package cn.gov.daxiang.perf.adapter.rest.idempotency;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.adapter.rest.TestClock;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Idempotency-Key on creates over real HTTP on PostgreSQL: parallel duplicates make one object, a retry replays the
 * first answer byte for byte, another request under the same key is refused, keys are per caller, refused creates
 * keep the key free, and after 24 hours (the use cases' clock moved forward) the key creates anew.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static final int PARALLEL = 10;

    @Inject
    ImportReferenceDataUseCase importReferenceData;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private static String campaign(String title) {
        return "{\"title\":\"" + title + "\",\"kind\":\"SELF_EVALUATION\",\"fiscalYear\":2024,\"evaluationKind\":\"PROJECT\","
                + "\"deadline\":\"" + LocalDate.now().plusDays(30) + "\",\"targets\":[{\"unitCode\":\"" + DistrictFixture.KINDERGARTEN
                + "\",\"amount\":18600000.00}]}";
    }

    private static String template(String name) {
        return "{\"industry\":\"教育\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"" + name + "\","
                + "\"valueType\":\"QUANTITATIVE\",\"typicalUnit\":\"所\",\"typicalComparator\":\"≥\",\"keywords\":[\"幂等\"]}";
    }

    private static Response post(String token, String key, String path, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(path);
    }

    private long count(String sql, String value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long campaigns(String title) {
        return count("SELECT count(*) FROM campaign WHERE title = ?", title);
    }

    private long templates(String name) {
        return count("SELECT count(*) FROM indicator_template WHERE name = ?", name);
    }

    /** Sends the same request {@value PARALLEL} times at once; the answers in the order they were sent. */
    private List<Response> inParallel(Callable<Response> send) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return send.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneCreateAndReplays(String what, List<Response> answers, long objects) {
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Response::statusCode, TreeMap::new, Collectors.counting()));
        List<String> ids = answers.stream().map(r -> r.jsonPath().getString("id")).distinct().toList();
        long replays = answers.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count();
        System.out.printf("[figures] %s: %d parallel requests with one key -> statuses %s, %d fresh + %d replayed, %d distinct id(s), "
                + "%d object(s) in the database%n", what, answers.size(), statuses, answers.size() - replays, replays, ids.size(), objects);
        assertThat(statuses).containsOnlyKeys(201);
        assertThat(ids).hasSize(1);
        assertThat(replays).isEqualTo(PARALLEL - 1);
        assertThat(objects).isEqualTo(1);
        String body = answers.get(0).asString();
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.asString()).isEqualTo(body);
            assertThat(r.header("Location")).isEqualTo(answers.get(0).header("Location"));
            assertThat(r.header("ETag")).isEqualTo(answers.get(0).header("ETag"));
        });
    }

    @Test
    void tenParallelIdenticalCampaignIssuesWithOneKeyMakeOneCampaignAndAllAnswer201WithItsId() throws Exception {
        String title = "幂等并发测试 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String finance = TestTokens.financeAdmin();
        List<Response> answers = inParallel(() -> post(finance, key, "/api/v1/campaigns", campaign(title)));
        assertOneCreateAndReplays("POST /api/v1/campaigns", answers, campaigns(title));
    }

    @Test
    void tenParallelIdenticalTemplateCreatesWithOneKeyMakeOneTemplateAndAllAnswer201WithItsId() throws Exception {
        String name = "幂等并发指标 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String finance = TestTokens.financeAdmin();
        List<Response> answers = inParallel(() -> post(finance, key, "/api/v1/indicator-templates", template(name)));
        assertOneCreateAndReplays("POST /api/v1/indicator-templates", answers, templates(name));
    }

    @Test
    void withoutAKeyParallelIdenticalCreatesStillMakeOneObjectEach() throws Exception {
        String name = "无幂等键指标 " + UUID.randomUUID();
        String finance = TestTokens.financeAdmin();
        List<Response> answers = inParallel(() -> post(finance, null, "/api/v1/indicator-templates", template(name)));
        System.out.printf("[figures] POST /api/v1/indicator-templates without a key: %d parallel requests -> %d objects%n",
                answers.size(), templates(name));
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(r.header("Idempotent-Replayed")).isNull();
        });
        assertThat(templates(name)).isEqualTo(PARALLEL);
    }

    @Test
    void aSequentialRetryReplaysTheFirstAnswerWithItsBodyAndHeadersAndCreatesNothing() {
        String title = "幂等重试测试 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = post(TestTokens.financeAdmin(), key, "/api/v1/campaigns", campaign(title));
        Response retry = post(TestTokens.financeAdmin(), key, "/api/v1/campaigns", campaign(title));

        first.then().statusCode(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isNotBlank().isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo("\"0\"").isEqualTo(first.header("ETag"));
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
        assertThat(campaigns(title)).isEqualTo(1);
        given().auth().oauth2(TestTokens.financeAdmin()).when().get(first.header("Location"))
                .then().statusCode(200).body("id", equalTo(first.jsonPath().getString("id")));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String title = "幂等键复用 " + UUID.randomUUID();
        post(TestTokens.financeAdmin(), key, "/api/v1/campaigns", campaign(title)).then().statusCode(201);

        String other = "幂等键复用（另一个） " + UUID.randomUUID();
        post(TestTokens.financeAdmin(), key, "/api/v1/campaigns", campaign(other)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(campaigns(other)).isZero();
        given().auth().oauth2(TestTokens.financeAdmin()).header("Idempotency-Key", key).header("Accept-Language", "en")
                .contentType("application/json").body(template("另一个端点 " + UUID.randomUUID()))
                .when().post("/api/v1/indicator-templates")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"))
                .body("detail", equalTo("The idempotency key \"" + key + "\" was used for another request within 24 hours; "
                        + "nothing was done. Use a new key for a new request."));
    }

    @Test
    void anotherUsersSameKeyMakesItsOwnObject() {
        String key = UUID.randomUUID().toString();
        String name = "两个用户同一幂等键 " + UUID.randomUUID();
        Response admin = post(TestTokens.financeAdmin(), key, "/api/v1/indicator-templates", template(name));
        Response reviewer = post(TestTokens.financeReviewer(), key, "/api/v1/indicator-templates", template(name));

        admin.then().statusCode(201);
        reviewer.then().statusCode(201);
        assertThat(reviewer.header("Idempotent-Replayed")).isNull();
        assertThat(reviewer.jsonPath().getString("id")).isNotEqualTo(admin.jsonPath().getString("id"));
        assertThat(templates(name)).isEqualTo(2);
        post(TestTokens.financeReviewer(), key, "/api/v1/indicator-templates", template(name)).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(reviewer.jsonPath().getString("id")));
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String title = "无幂等键 " + UUID.randomUUID();
        Response first = post(TestTokens.financeAdmin(), null, "/api/v1/campaigns", campaign(title));
        Response second = post(TestTokens.financeAdmin(), null, "/api/v1/campaigns", campaign(title));
        first.then().statusCode(201);
        second.then().statusCode(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(second.jsonPath().getString("id")).isNotEqualTo(first.jsonPath().getString("id"));
        assertThat(campaigns(title)).isEqualTo(2);
    }

    @Test
    void aRefusedCreateKeepsNoRecordAndItsCorrectedRetryWithTheSameKeyCreates() {
        String key = UUID.randomUUID().toString();
        String title = "先被拒后重试 " + UUID.randomUUID();
        String refused = campaign(title).replace("\"fiscalYear\":2024,", "");
        post(TestTokens.financeAdmin(), key, "/api/v1/campaigns", refused).then().statusCode(400);
        post(TestTokens.financeAdmin(), key, "/api/v1/campaigns", refused).then().statusCode(400);
        post(TestTokens.unitOperator(DistrictFixture.KINDERGARTEN), key, "/api/v1/campaigns", campaign(title)).then().statusCode(403);
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key)).isZero();

        Response corrected = post(TestTokens.financeAdmin(), key, "/api/v1/campaigns", campaign(title));
        corrected.then().statusCode(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
        assertThat(campaigns(title)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "tab\there", "\u00e9t\u00e9"})
    void aMalformedKeyIsRefusedWith400NamingTheHeaderAndCreatesNothing(String key) {
        String title = "错误幂等键 " + UUID.randomUUID();
        post(TestTokens.financeAdmin(), key, "/api/v1/campaigns", campaign(title)).then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_MALFORMED"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertThat(campaigns(title)).isZero();
    }

    @Test
    void aKeyOf256CharactersIsRefusedAndOf255Accepted() {
        String title = "超长幂等键 " + UUID.randomUUID();
        post(TestTokens.financeAdmin(), "k".repeat(256), "/api/v1/campaigns", campaign(title)).then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_MALFORMED")).body("violations[0].field", equalTo("Idempotency-Key"));
        String longest = UUID.randomUUID() + "k".repeat(255 - 36);
        post(TestTokens.financeAdmin(), longest, "/api/v1/campaigns", campaign(title)).then().statusCode(201);
        post(TestTokens.financeAdmin(), longest, "/api/v1/campaigns", campaign(title)).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertThat(campaigns(title)).isEqualTo(1);
    }

    @Test
    void after24HoursTheSameKeyAndRequestCreateAnew() {
        String key = UUID.randomUUID().toString();
        String name = "二十四小时后 " + UUID.randomUUID();
        Response first = post(TestTokens.financeAdmin(), key, "/api/v1/indicator-templates", template(name));
        first.then().statusCode(201);

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        post(TestTokens.financeAdmin(), key, "/api/v1/indicator-templates", template(name)).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first.jsonPath().getString("id")));

        clock.advance(Duration.ofMinutes(2));
        Response anew = post(TestTokens.financeAdmin(), key, "/api/v1/indicator-templates", template(name));
        anew.then().statusCode(201);
        assertThat(anew.header("Idempotent-Replayed")).isNull();
        assertThat(anew.jsonPath().getString("id")).isNotEqualTo(first.jsonPath().getString("id"));
        assertThat(templates(name)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key)).as("the expired record is gone").isEqualTo(1);
    }

    @Test
    void aCreateAnsweringWithAListReplaysItToo() {
        String name = "单位指标体系幂等 " + UUID.randomUUID();
        String templateId = post(TestTokens.financeAdmin(), null, "/api/v1/indicator-templates", template(name))
                .then().statusCode(201).extract().jsonPath().getString("id");
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/budget-units/" + DistrictFixture.HOUSING_CENTRE + "/indicator-system/templates";
        String operator = TestTokens.unitOperator(DistrictFixture.HOUSING_CENTRE);
        Response first = post(operator, key, path, "{\"templateId\":\"" + templateId + "\"}");
        first.then().statusCode(200);
        assertThat(first.jsonPath().getList("id", String.class)).contains(templateId);

        // Without the key the same request is refused (the template is already chosen); with it, the first answer comes back.
        post(operator, null, path, "{\"templateId\":\"" + templateId + "\"}").then().statusCode(422);
        Response retry = post(operator, key, path, "{\"templateId\":\"" + templateId + "\"}");
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        given().auth().oauth2(operator).when().delete(path + "/" + templateId).then().statusCode(200);
    }

    @Test
    void aGoalDeclarationAndAnImportOfTheDeclarationTableReplayUnderTheirKeys() {
        GoalFixture district = new GoalFixture("377");
        importReferenceData.importReferenceData(GoalFixture.LOADER, district.batch(2));
        String unit = TestTokens.unitOperator(district.unit);
        String declareKey = UUID.randomUUID().toString();
        String body = district.declareBody("PROJECT", district.project(1), GoalFixture.goodContent());
        Response declared = given().auth().oauth2(unit).header("Idempotency-Key", declareKey).contentType("application/json").body(body)
                .when().post("/api/v1/performance-goals");
        declared.then().statusCode(201);
        Response again = given().auth().oauth2(unit).header("Idempotency-Key", declareKey).contentType("application/json").body(body)
                .when().post("/api/v1/performance-goals");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(declared.asString());
        String id = declared.jsonPath().getString("id");

        byte[] workbook = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id + "/declaration.xlsx")
                .then().statusCode(200).extract().asByteArray();
        String importKey = UUID.randomUUID().toString();
        Response imported = given().auth().oauth2(unit).header("Idempotency-Key", importKey)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(workbook)
                .when().post("/api/v1/performance-goals/imports");
        imported.then().statusCode(201).body("imported", equalTo(1));
        Response reimported = given().auth().oauth2(unit).header("Idempotency-Key", importKey)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(workbook)
                .when().post("/api/v1/performance-goals/imports");
        reimported.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(reimported.asString()).isEqualTo(imported.asString());
        given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id).then().statusCode(200)
                .body("revision", equalTo(imported.jsonPath().getInt("goals[0].revision")));
    }

    /** The create operations (README, "API conventions"); POST /api/v1/sync/runs (202, a run in the background) is not one. */
    static final List<String> CREATES = List.of(
            "post /api/v1/performance-goals",
            "post /api/v1/performance-goals/imports",
            "post /api/v1/performance-goals/{id}/adjustments",
            "post /api/v1/indicator-templates",
            "post /api/v1/budget-units/{unitCode}/indicator-system/templates",
            "post /api/v1/grade-schemes",
            "post /api/v1/monitoring-rounds",
            "post /api/v1/monitoring-reports",
            "post /api/v1/monitoring-reports/{id}/funds-decisions",
            "post /api/v1/self-evaluations",
            "post /api/v1/campaigns",
            "post /api/v1/campaigns/{id}/targets",
            "post /api/v1/pre-assessments",
            "post /api/v1/agencies",
            "post /api/v1/evaluation-frameworks/{code}/versions",
            "post /api/v1/key-evaluations",
            "post /api/v1/rectifications",
            "post /api/v1/projects/{projectCode}/library-entry",
            "post /api/v1/allocation-decisions/proposals");

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentOffersTheSharedHeaderOnEveryCreateOperationAndNowhereElse() {
        io.restassured.path.json.JsonPath document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        List<String> withHeader = new ArrayList<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && op.get("parameters") instanceof List<?> parameters
                    && parameters.stream().anyMatch(p -> p instanceof Map<?, ?> m
                    && "#/components/parameters/IdempotencyKey".equals(m.get("$ref")))) {
                withHeader.add(method + " " + path);
            }
        }));
        assertThat(withHeader).containsExactlyInAnyOrderElementsOf(CREATES);
        assertThat(document.getString("components.parameters.IdempotencyKey.name")).isEqualTo("Idempotency-Key");
        assertThat(document.getString("components.parameters.IdempotencyKey.in")).isEqualTo("header");
        assertThat(document.getInt("components.parameters.IdempotencyKey.schema.maxLength")).isEqualTo(255);
    }
}
