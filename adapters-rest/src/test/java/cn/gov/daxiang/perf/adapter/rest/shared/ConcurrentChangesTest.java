package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two clients change the same object from the same revision at the same moment, twenty rounds for every kind of
 * object the probe raced: exactly one change is applied (revision +1, its content, one audit event) and the other is
 * refused with 412 — never a 500, never a lost or a half-applied update. Prints the tally of each race.
 */
@QuarkusTest
class ConcurrentChangesTest {

    private static final int ROUNDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GoalFixture UNITS = new GoalFixture("391");
    /** Units only the campaign race adds, two per round. */
    private static final String CAMPAIGN_UNIT_PREFIX = "392";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ExecutorService CLIENTS = Executors.newFixedThreadPool(2);

    @TestHTTPResource("/")
    URL base;

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String admin = TestTokens.financeAdmin();

    @AfterAll
    static void stopClients() {
        CLIENTS.shutdownNow();
    }

    @Test
    void theLaterOfTwoSimultaneousEditsOfAGoalsContentIs412AndNothingIsLost() {
        importReferenceData.importReferenceData(GoalFixture.LOADER, UNITS.batch(1));
        String operator = TestTokens.unitOperator(UNITS.unit);
        JsonNode goal = body(send(operator, "POST", "/api/v1/performance-goals", null,
                UNITS.declareBody("PROJECT", UNITS.project(1), GoalFixture.goodContent())), 201);
        String id = goal.get("id").asText();

        race("goal content", "performance-goal", id, "/api/v1/performance-goals/" + id, operator,
                (round, client) -> new Change("PUT", "/api/v1/performance-goals/" + id + "/content",
                        "{\"content\":" + GoalFixture.goodContent().replace("2024年完成12个老旧小区改造",
                                "第" + round + "轮客户端" + client + "：2024年完成12个老旧小区改造") + "}"),
                (g, winner) -> assertThat(g.at("/current/content/annualOverallGoal").asText())
                        .startsWith("第" + winner.replace("-", "轮客户端") + "："));
    }

    @Test
    void theLaterOfTwoSimultaneousEditsOfAnIndicatorTemplateIs412AndNothingIsLost() {
        String created = templateBody("并发修改测试指标");
        String id = body(send(admin, "POST", "/api/v1/indicator-templates", null, created), 201).get("id").asText();

        race("indicator template", "indicator-template", id, "/api/v1/indicator-templates/" + id, admin,
                (round, client) -> new Change("PUT", "/api/v1/indicator-templates/" + id, templateBody("并发修改测试指标-" + round + "-" + client)),
                (t, winner) -> assertThat(t.get("name").asText()).isEqualTo("并发修改测试指标-" + winner));
    }

    @Test
    void theLaterOfTwoSimultaneousReplacementsOfTheWeightCatalogIs412AndNothingIsLost() {
        JsonNode original = asRequest(body(send(admin, "GET", "/api/v1/weight-template-catalog", null, null), 200));
        try {
            race("weight-template catalog", null, null, "/api/v1/weight-template-catalog", admin,
                    (round, client) -> new Change("PUT", "/api/v1/weight-template-catalog", withEntry(original,
                            "{\"kind\":\"PROJECT\",\"effectiveFrom\":2097,\"executionRate\":10,\"groups\":{\"OUTPUT\":" + (40 + round)
                                    + ",\"BENEFIT\":" + (50 - round - client) + ",\"SATISFACTION\":" + client + "}}")),
                    (catalog, winner) -> {
                        JsonNode entry = entry(catalog, e -> e.get("effectiveFrom").asInt() == 2097);
                        String[] roundAndClient = winner.split("-");
                        assertThat(entry.at("/groups/SATISFACTION").decimalValue().intValue()).isEqualTo(Integer.parseInt(roundAndClient[1]));
                        assertThat(entry.at("/groups/OUTPUT").decimalValue().intValue()).isEqualTo(40 + Integer.parseInt(roundAndClient[0]));
                    });
        } finally {
            restore("/api/v1/weight-template-catalog", original);
        }
    }

    @Test
    void theLaterOfTwoSimultaneousReplacementsOfTheGradeSchemeCatalogIs412AndNothingIsLost() {
        JsonNode original = asRequest(body(send(admin, "GET", "/api/v1/grade-scheme-catalog", null, null), 200));
        try {
            race("grade-scheme catalog", null, null, "/api/v1/grade-scheme-catalog", admin,
                    (round, client) -> new Change("PUT", "/api/v1/grade-scheme-catalog", withEntry(original,
                            "{\"evaluationType\":\"SELF_EVALUATION\",\"effectiveFrom\":" + (2050 + 2 * round + client) + ",\"schemeId\":\"national\"}")),
                    (catalog, winner) -> {
                        String[] roundAndClient = winner.split("-");
                        int year = 2050 + 2 * Integer.parseInt(roundAndClient[0]) + Integer.parseInt(roundAndClient[1]);
                        assertThat(entry(catalog, e -> e.get("effectiveFrom").asInt() == year)).isNotNull();
                        assertThat(catalog.get("entries")).hasSize(original.get("entries").size() + 1);
                    });
        } finally {
            restore("/api/v1/grade-scheme-catalog", original);
        }
    }

    @Test
    void theLaterOfTwoSimultaneousAdditionsOfCampaignTargetsIs412AndNothingIsLost() {
        List<BudgetUnit> units = new ArrayList<>();
        units.add(BudgetUnit.of(UnitCode.of(CAMPAIGN_UNIT_PREFIX + "000"), "并发测试主管部门", null, true));
        for (int n = 1; n <= 2 * ROUNDS; n++) {
            units.add(BudgetUnit.of(UnitCode.of(CAMPAIGN_UNIT_PREFIX + String.format("%03d", n)), "并发测试单位" + n,
                    UnitCode.of(CAMPAIGN_UNIT_PREFIX + "000"), true));
        }
        importReferenceData.importReferenceData(GoalFixture.LOADER, new ReferenceDataBatch(units, List.of()));
        String id = body(send(admin, "POST", "/api/v1/campaigns", null, "{\"title\":\"并发测试任务\",\"kind\":\"SELF_EVALUATION\",\"fiscalYear\":2023,"
                + "\"deadline\":\"2030-01-01\",\"targets\":[{\"unitCode\":\"" + CAMPAIGN_UNIT_PREFIX + "000\",\"amount\":100.00}]}"), 201).get("id").asText();

        race("campaign targets", "campaign", id, "/api/v1/campaigns/" + id, admin,
                (round, client) -> new Change("POST", "/api/v1/campaigns/" + id + "/targets", "{\"targets\":[{\"unitCode\":\""
                        + CAMPAIGN_UNIT_PREFIX + String.format("%03d", 2 * (round - 1) + client) + "\",\"amount\":" + (round * 10 + client) + "}]}"),
                (campaign, winner) -> {
                    String[] roundAndClient = winner.split("-");
                    int round = Integer.parseInt(roundAndClient[0]);
                    assertThat(campaign.get("units").asInt()).as("one target per round and the first one").isEqualTo(round + 1);
                });
    }

    /**
     * A unit's indicator system has no revision: two templates added at the same moment both land, one after the
     * other, and the same template added twice at the same moment is taken once and refused once.
     */
    @Test
    void simultaneousAdditionsToAUnitsIndicatorSystemAllLandAndADuplicateIsRefusedOnce() {
        importReferenceData.importReferenceData(GoalFixture.LOADER, UNITS.batch(1));
        String operator = TestTokens.unitOperator(UNITS.unit);
        String path = "/api/v1/budget-units/" + UNITS.unit + "/indicator-system";
        Map<Integer, Integer> tally = new TreeMap<>();
        List<String> added = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String first = body(send(admin, "POST", "/api/v1/indicator-templates", null, templateBody("体系并发指标-" + round + "-1")), 201).get("id").asText();
            String second = body(send(admin, "POST", "/api/v1/indicator-templates", null, templateBody("体系并发指标-" + round + "-2")), 201).get("id").asText();
            List<HttpResponse<String>> distinct = together(operator, new Change("POST", path + "/templates", "{\"templateId\":\"" + first + "\"}"),
                    new Change("POST", path + "/templates", "{\"templateId\":\"" + second + "\"}"), null);
            distinct.forEach(r -> tally.merge(r.statusCode(), 1, Integer::sum));
            assertThat(distinct).extracting(HttpResponse::statusCode).containsExactly(200, 200);
            added.add(first);
            added.add(second);

            String same = body(send(admin, "POST", "/api/v1/indicator-templates", null, templateBody("体系并发指标-" + round + "-3")), 201).get("id").asText();
            List<HttpResponse<String>> duplicate = together(operator, new Change("POST", path + "/templates", "{\"templateId\":\"" + same + "\"}"),
                    new Change("POST", path + "/templates", "{\"templateId\":\"" + same + "\"}"), null);
            duplicate.forEach(r -> tally.merge(r.statusCode(), 1, Integer::sum));
            assertThat(duplicate).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 422);
            added.add(same);
        }
        List<String> system = new ArrayList<>();
        body(send(operator, "GET", path, null, null), 200).forEach(t -> system.add(t.get("id").asText()));
        assertThat(system).as("every template added at the same moment as another is there, once").containsExactlyInAnyOrderElementsOf(added);
        System.out.printf("[figures] race unit indicator system: %d rounds x 2 races, answers %s, templates lost 0 of %d%n",
                ROUNDS, tally, added.size());
    }

    // --- the race ------------------------------------------------------------------------------------

    private record Change(String method, String path, String body) {
    }

    private interface Changes {
        Change of(int round, int client);
    }

    private interface WinnerCheck {
        void check(JsonNode state, String winner);
    }

    /**
     * ROUNDS times: both clients send their change with the current ETag at the same moment; one wins. Afterwards the
     * object's revision went up by exactly one, it shows the winner's content, and one audit event was written.
     */
    private void race(String what, String auditType, String auditId, String readPath, String token, Changes changes, WinnerCheck check) {
        Map<Integer, Integer> tally = new TreeMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            HttpResponse<String> before = send(token, "GET", readPath, null, null);
            String etag = before.headers().firstValue("ETag").orElseThrow();
            long revision = Long.parseLong(etag.replace("\"", ""));
            int events = auditType == null ? 0 : AuditTrailProbe.count(auditType, auditId);

            List<HttpResponse<String>> answers = together(token, changes.of(round, 1), changes.of(round, 2), etag);
            answers.forEach(r -> tally.merge(r.statusCode(), 1, Integer::sum));
            assertThat(answers).as(what + " round " + round + ": " + answers.stream().map(HttpResponse::body).toList())
                    .extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 412);
            HttpResponse<String> refused = answers.get(0).statusCode() == 412 ? answers.get(0) : answers.get(1);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            int winner = answers.get(0).statusCode() == 200 ? 1 : 2;

            HttpResponse<String> after = send(token, "GET", readPath, null, null);
            assertThat(after.headers().firstValue("ETag").orElseThrow()).as("exactly one change applied").isEqualTo("\"" + (revision + 1) + "\"");
            check.check(body(after, 200), round + "-" + winner);
            if (auditType != null) {
                assertThat(AuditTrailProbe.count(auditType, auditId)).as("one audit event per applied change").isEqualTo(events + 1);
            }
        }
        System.out.printf("[figures] race %s: %d rounds, answers %s, lost updates 0%n", what, ROUNDS, tally);
        assertThat(tally).containsEntry(412, ROUNDS).containsEntry(200, ROUNDS);
    }

    /** Both changes released by one barrier, so that they reach the service at the same moment. */
    private List<HttpResponse<String>> together(String token, Change first, Change second, String ifMatch) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (Change change : List.of(first, second)) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return send(token, change.method(), change.path(), ifMatch, change.body());
            }, CLIENTS));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private HttpResponse<String> send(String token, String method, String path, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String templateBody(String name) {
        return "{\"industry\":\"并发\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"" + name + "\","
                + "\"valueType\":\"QUANTITATIVE\",\"typicalUnit\":\"个\",\"typicalComparator\":\"≥\",\"keywords\":[\"并发\"]}";
    }

    /** The catalog as read, with one more entry: a whole replacement body. */
    private static String withEntry(JsonNode catalog, String entry) {
        try {
            ObjectNode copy = catalog.deepCopy();
            copy.remove("revision");
            copy.withArray("entries").add(JSON.readTree(entry));
            return JSON.writeValueAsString(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode entry(JsonNode catalog, java.util.function.Predicate<JsonNode> which) {
        for (JsonNode e : catalog.get("entries")) {
            if (which.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no such entry in " + catalog);
    }

    /** A catalog as read, made the body of its replacement: codes for coded values, without what is only shown. */
    static JsonNode asRequest(JsonNode answer) {
        ObjectNode copy = (ObjectNode) codesOnly(answer.deepCopy());
        copy.remove("revision");
        copy.path("entries").forEach(entry -> ((ObjectNode) entry).remove("schemeName"));
        return copy;
    }

    /** An answer made a request again: every coded value {code, label} becomes its code. */
    static JsonNode codesOnly(JsonNode node) {
        if (node.isObject() && node.size() == 2 && node.has("code") && node.has("label")) {
            return node.get("code");
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            java.util.List<String> names = new java.util.ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, codesOnly(object.get(name))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, codesOnly(node.get(i)));
            }
        }
        return node;
    }

    /** Puts a catalog back as it was, so that the other tests grade and weigh as before. */
    private void restore(String path, JsonNode original) {
        String etag = send(admin, "GET", path, null, null).headers().firstValue("ETag").orElseThrow();
        ObjectNode copy = (ObjectNode) codesOnly(original.deepCopy());
        copy.remove("revision");
        copy.path("entries").forEach(entry -> ((ObjectNode) entry).remove("schemeName"));   // shown, not sent
        try {
            assertThat(send(admin, "PUT", path, etag, JSON.writeValueAsString(copy)).statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
