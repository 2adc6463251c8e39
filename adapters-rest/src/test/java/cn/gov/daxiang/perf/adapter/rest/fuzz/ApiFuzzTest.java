package cn.gov.daxiang.perf.adapter.rest.fuzz;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.fuzz.OpenApiDocument.Operation;
import cn.gov.daxiang.perf.adapter.rest.fuzz.OpenApiDocument.Parameter;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalDeclarationWorkbook;
import cn.gov.daxiang.perf.adapter.rest.security.ActorClaims;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.adapter.rest.sync.SyncFixture;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalSheetRow;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.domain.access.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite's own fuzz test (issue 10): every operation of the service's OpenAPI document receives seeded-random
 * requests built from valid ones and then spoiled: path parameters (real ids of a fixture made first, and random,
 * unicode, very long, overflowing, {@code ..%2F} and empty ones), query parameters (wrong types, huge, negative,
 * blank, repeated, unknown), headers (If-Match, Accept, Accept-Language, Content-Type, X-Request-Id, every header the
 * document declares) and bodies generated from the operation's request schema or a known good body, then mutated
 * (nulls, blanks, wrong JSON types, 1e18, 1e308, -0, 1e-7, 12.123456789, NaN-like text, long text, deep nesting,
 * arrays for objects, extra fields, truncated and malformed JSON, empty bodies), as several roles.
 *
 * <p>A client's mistake is never a server error: the test fails on any 5xx (or no answer at all), printing each such
 * request in full with the seed that reproduces the run ({@code -Dfuzz.seed=N}; {@code -Dfuzz.rounds=N} sets how
 * many requests each operation gets). It also fails when an operation of the document went unexercised.
 *
 * <p>It runs in its own application start ({@link OwnSchema}), whose schema Flyway cleans first: the fuzzer's
 * random creates, catalog replacements and sync runs must not meet the data other test classes expect.
 */
@QuarkusTest
@TestProfile(ApiFuzzTest.OwnSchema.class)
class ApiFuzzTest {

    /** A profile of its own, so that the fuzz test gets an application (and a clean schema) of its own. */
    public static class OwnSchema implements QuarkusTestProfile {
    }

    private static final long DEFAULT_SEED = 20241010L;
    /** Random requests per operation (after the field sweep); 96 give about 8,400, with the sweep 1–2 minutes on 2 cores. */
    private static final int DEFAULT_ROUNDS = 96;
    /**
     * Operations not fuzzed, each with its reason. Only a test-only endpoint that fails on purpose (it proves what a
     * real bug's 500 looks like, {@code ErrorResponsesTest}); every operation of the product is fuzzed.
     */
    private static final Map<String, String> NOT_FUZZED = Map.of(
            "GET /test-only/failure", "test-only endpoint that throws on purpose to show a bug's 500");

    private static final EvaluationFixture DISTRICT = new EvaluationFixture("391", 2024, 4);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int SHOWN_FAILURES = 25;

    @TestHTTPResource("/")
    URL base;

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private Fixture fixture;
    private Mutations mutations;
    private Random random;
    /** The last ETag seen for each object (see {@link #objectOf}). */
    private final Map<String, String> etags = new java.util.HashMap<>();

    @Test
    void noOperationOfTheOpenApiDocumentAnswersAServerErrorToMutatedRequests() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int rounds = Integer.getInteger("fuzz.rounds", DEFAULT_ROUNDS);
        System.out.println("[figures] fuzz seed " + seed + " (reproduce with -Dfuzz.seed=" + seed + ")");
        random = new Random(seed);
        mutations = new Mutations(random);
        fixture = createFixture();

        String document = given().auth().oauth2(TestTokens.financeAdmin()).queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString();
        OpenApiDocument openApi = new OpenApiDocument(Mutations.JSON.readTree(document));
        List<Operation> all = openApi.operations();
        List<Operation> fuzzed = all.stream().filter(o -> !NOT_FUZZED.containsKey(o.key())).toList();

        long started = System.nanoTime();
        Exchanges run = new Exchanges(seed, newClient());
        // 1. The sweep: every field of every known good body (and every cell of a declaration table) set in turn to each
        //    critical value, sent as the object's owner with its current revision, so that each reaches the field's rule.
        for (Operation operation : fuzzed) {
            for (Sweep sweep : sweeps(openApi, operation)) {
                run.exchange(operation, request(openApi, operation, sweep), true);
            }
        }
        int swept = run.sent;
        // 2. Seeded random requests: every operation once per round, in a new order each round.
        for (int round = 0; round < rounds; round++) {
            List<Operation> order = new ArrayList<>(fuzzed);
            Collections.shuffle(order, random);
            for (Operation operation : order) {
                run.exchange(operation, request(openApi, operation, null), false);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        SyncFixture.awaitNoRunRunning();

        System.out.printf("[figures] fuzz operations covered %d / %d of the OpenAPI document (%d not fuzzed: %s)%n",
                run.sentPerOperation.size(), all.size(), NOT_FUZZED.size(), NOT_FUZZED.keySet());
        System.out.printf("[figures] fuzz requests sent %d (%d in the field sweep, %d random) in %.1f s (%.0f/s); %d not sendable by the "
                        + "HTTP client, %d sent again on a new connection%n", run.sent, swept, run.sent - swept, seconds, run.sent / seconds,
                run.refusedByClient, run.resent);
        System.out.println("[figures] fuzz answers by status " + run.byStatus);
        System.out.printf("[figures] fuzz operations answered 2xx at least once: %d / %d (never: %s)%n", run.successPerOperation.size(),
                fuzzed.size(), fuzzed.stream().map(Operation::key).filter(k -> !run.successPerOperation.containsKey(k)).toList());
        System.out.println("[figures] fuzz 5xx or no answer: " + run.failures.size());
        run.failures.stream().limit(SHOWN_FAILURES).forEach(f -> System.out.println("[fuzz-failure] " + f));
        writeReport(seed, run.statusesPerOperation, run.samples, run.failures);
        assertThat(run.sentPerOperation.keySet()).as("operations exercised")
                .containsExactlyInAnyOrderElementsOf(fuzzed.stream().map(Operation::key).toList());
        assertThat(run.failures.size()).as("requests answered 5xx or not at all (seed %d; the first %d are printed as [fuzz-failure])",
                seed, SHOWN_FAILURES).isZero();
    }

    /** Sends requests and keeps the books: answers by status and operation, failures, learnt ETags and created objects. */
    private final class Exchanges {
        final long seed;
        HttpClient client;
        int sent;
        int refusedByClient;
        int resent;
        Request previous;
        final Map<Integer, Integer> byStatus = new TreeMap<>();
        final Map<String, Integer> sentPerOperation = new TreeMap<>();
        final Map<String, Integer> successPerOperation = new TreeMap<>();
        final Map<String, Map<Integer, Integer>> statusesPerOperation = new TreeMap<>();
        final List<String> samples = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        Exchanges(long seed, HttpClient client) {
            this.seed = seed;
            this.client = client;
        }

        void exchange(Operation operation, Request request, boolean sweep) throws InterruptedException {
            HttpRequest http;
            try {
                http = request.toHttp(base);
            } catch (IllegalArgumentException e) {
                refusedByClient++; // a header value or URI java.net.http itself will not send
                return;
            }
            sent++;
            sentPerOperation.merge(operation.key(), 1, Integer::sum);
            Answer answer = send(client, http);
            if (answer.status() == 0) {
                // A kept-alive connection the server closed after the previous answer: try once more on a new one.
                resent++;
                client = newClient();
                Answer again = send(client, http);
                answer = again.status() == 0 ? new Answer(0, answer.body() + "; again on a new connection: " + again.body()
                        + (previous == null ? "" : "\n  previous request:\n" + previous.describe()), null, null) : again;
            }
            if (answer.status() >= 200 && answer.status() < 300 && answer.etag() != null) {
                etags.put(objectOf(operation, request.pathAndQuery()), answer.etag());
            }
            if (answer.createdId() != null) {
                fixture.created(operation.path(), answer.createdId(), answer.etag());
            }
            byStatus.merge(answer.status(), 1, Integer::sum);
            statusesPerOperation.computeIfAbsent(operation.key(), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 400 && answer.status() < 500 && mutations.chance(0.02)) {
                String body = answer.body().replaceAll("\\s+", " ");
                samples.add(operation.key() + " " + answer.status() + " " + body.substring(0, Math.min(300, body.length())));
            }
            if (answer.status() >= 200 && answer.status() < 300) {
                successPerOperation.merge(operation.key(), 1, Integer::sum);
            }
            if (answer.status() == 0 || answer.status() >= 500) {
                String failure = "#" + sent + (sweep ? " (field sweep" : " (random") + ", seed " + seed + ") " + operation.key()
                        + " answered " + answer.status() + "\n" + request.describe() + "\n  answer: " + answer.body();
                failures.add(failure);
            }
            previous = request;
        }
    }

    /** Every operation's answers by status, sample refusals and every failure, for a reader: target/api-fuzz-report.txt. */
    private static void writeReport(long seed, Map<String, Map<Integer, Integer>> statuses, List<String> samples, List<String> failures)
            throws IOException {
        StringBuilder report = new StringBuilder("API fuzz test, seed " + seed + "\n\nAnswers by operation and status:\n");
        statuses.forEach((operation, counts) -> report.append("  ").append(operation).append(" ").append(counts).append('\n'));
        report.append("\nSample 4xx answers:\n");
        samples.forEach(s -> report.append("  ").append(s).append('\n'));
        report.append("\nFailures (5xx or no answer): ").append(failures.size()).append('\n');
        failures.forEach(f -> report.append(f).append("\n\n"));
        java.nio.file.Path file = java.nio.file.Path.of("target", "api-fuzz-report.txt");
        java.nio.file.Files.writeString(file, report);
        System.out.println("[figures] fuzz report (every operation's answers by status): " + file.toAbsolutePath());
    }

    /** An answer: its status, its body as shown, its ETag and the id of what a 201 created (each null when absent). */
    private record Answer(int status, String body, String etag, String createdId) {
    }

    private static Answer send(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String created = null;
            if (response.statusCode() == 201) {
                try {
                    JsonNode body = Mutations.JSON.readTree(response.body());
                    created = body.hasNonNull("id") ? body.get("id").asText() : body.hasNonNull("schemeId") ? body.get("schemeId").asText() : null;
                } catch (IOException notJson) {
                    created = null;
                }
            }
            return new Answer(response.statusCode(), shown(response.body(), 1500), response.headers().firstValue("ETag").orElse(null), created);
        } catch (IOException e) {
            return new Answer(0, "no answer: " + e, null, null);
        }
    }

    /**
     * The object a request addresses, for the ETags the fuzzer learns: the path up to the first path parameter's value
     * ({@code /api/v1/performance-goals/<id>}), or the whole path of a singleton such as a catalog.
     */
    private static String objectOf(Operation operation, String pathAndQuery) {
        String path = pathAndQuery.replaceFirst("\\?.*$", "");
        int parameter = operation.path().indexOf('{');
        if (parameter < 0) {
            return path;
        }
        int end = path.indexOf('/', parameter);
        return end < 0 ? path : path.substring(0, end);
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Requests
    // ---------------------------------------------------------------------------------------------------------

    /** Critical JSON values the sweep puts into every field in turn. */
    private static final List<String> CRITICAL = List.of("null", "\"\"", "\" \"", "1e18", "1e-7", "12.123456789", "-1", "0.001", "10000",
            "1e999999999", "\"" + "x".repeat(5000) + "\"", "\"\\u0000\"", "true", "[]", "{}", "\"1e18\"");
    /** Cells of the declaration table the sweep spoils: 目标类型, 预算年度, 单位代码, the indicator's columns. */
    private static final List<Integer> SWEPT_CELLS = List.of(-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8);
    private static final List<String> CRITICAL_CELLS = List.of("", " ", "1e18", "1e-7", "12.123456789", "-1", "0.001", "1e999999999",
            "abc", "x".repeat(5000), "\u0000", "NaN");

    /** One request of the field sweep: the body to send, everything else as the object's owner would send it. */
    private record Sweep(byte[] body) {
    }

    private List<Sweep> sweeps(OpenApiDocument openApi, Operation operation) {
        List<Sweep> sweeps = new ArrayList<>();
        if (operation.mediaType() == null) {
            return sweeps;
        }
        if (operation.mediaType().startsWith("multipart/")) {
            for (int i = 0; i < 60; i++) {
                sweeps.add(new Sweep(null));
            }
            return sweeps;
        }
        if (!operation.mediaType().equals("application/json")) {
            for (int cell : SWEPT_CELLS) {
                for (String value : CRITICAL_CELLS) {
                    sweeps.add(new Sweep(GoalDeclarationWorkbook.write(sheetRows(cell, value))));
                }
            }
            return sweeps;
        }
        JsonNode good = fixture.goodBody(operation.key());
        JsonNode base = good != null ? good : openApi.example(operation.bodySchema(), null, random, this::hint, 0);
        for (String name : Mutations.fieldNames(base)) {
            for (String critical : CRITICAL) {
                sweeps.add(new Sweep(mutations.withField(base, name, critical).getBytes(StandardCharsets.UTF_8)));
            }
        }
        for (String whole : List.of("", "null", "[]", "{}", "\"\"", "0")) {
            sweeps.add(new Sweep(whole.getBytes(StandardCharsets.UTF_8)));
        }
        return sweeps;
    }

    private Request request(OpenApiDocument openApi, Operation operation, Sweep sweep) {
        if (operation.mediaType() != null && operation.mediaType().startsWith("multipart/")) {
            return multipartRequest(operation, sweep != null);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String token = sweep == null ? token(operation) : mutations.pick(fixture.actorsFor(operation.key()));
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        String path = operation.path();
        for (Parameter p : operation.in("path")) {
            String value = sweep == null ? pathValue(operation.path(), p.name()) : ownedPathValue(operation, p.name());
            path = path.replace("{" + p.name() + "}", value);
        }
        String object = objectOf(operation, path);
        if (sweep != null) {
            if (operation.hasHeader("If-Match")) {
                headers.put("If-Match", etags.getOrDefault(object, "\"0\""));
            }
            headers.put("Content-Type", operation.mediaType());
            return new Request(operation.method(), path, headers, sweep.body());
        }
        StringBuilder query = new StringBuilder();
        for (Parameter p : operation.in("query")) {
            if (mutations.chance(0.45)) {
                continue;
            }
            String value = mutations.chance(0.55) ? plausible(p.name()) : mutations.pick(Mutations.TEXTS);
            appendQuery(query, p.name(), value);
            if (mutations.chance(0.05)) {
                appendQuery(query, p.name(), mutations.pick(Mutations.TEXTS)); // repeated
            }
        }
        if (mutations.chance(0.08)) {
            appendQuery(query, mutations.pick(List.of("unknown", "page", "size", "fiscalYear", "sort", "$filter")), mutations.pick(Mutations.TEXTS));
        }
        for (Parameter p : operation.in("header")) {
            if (p.name().equalsIgnoreCase("If-Match")) {
                String ifMatch = ifMatch(etags.get(object));
                if (ifMatch != null) {
                    headers.put("If-Match", ifMatch);
                }
            } else if (mutations.chance(0.6)) {
                headers.put(p.name(), mutations.chance(0.5) ? UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes()).toString()
                        : mutations.pick(List.of("", " ", "x".repeat(600), "重复", "a,b", "\"quoted\"", "1", "-1", "null")));
            }
        }
        if (mutations.chance(0.15)) {
            headers.put("Accept-Language", mutations.pick(List.of("en", "zh-CN", "xx-YY", "*", "en;q=abc", ";;;,,,", "zh-CN,zh;q=0.9,en;q=0.8",
                    "a".repeat(500), "en-US;q=2", "i-klingon", "", "zh-Hans-CN-x-private", "en;q=0", "*;q=-1")));
        }
        if (mutations.chance(0.08)) {
            headers.put("Accept", mutations.pick(List.of("application/xml", "text/html", "garbage/garbage;;", "*/*;q=abc", "*/*",
                    "application/problem+json", GoalDeclarationWorkbook.MEDIA_TYPE, "text/plain", "", "application/json;q=0")));
        }
        if (mutations.chance(0.12)) {
            headers.put("X-Request-Id", mutations.pick(List.of("", " ", "x".repeat(300), "trace-1", "../../etc", "a b c", "{\"json\":1}",
                    "%00", "'; DROP TABLE audit_event; --", "0".repeat(36), "<script>")));
        }

        byte[] body = null;
        String contentType = null;
        if (operation.mediaType() != null) {
            contentType = operation.mediaType();
            body = operation.mediaType().equals("application/json") ? jsonBody(openApi, operation) : binaryBody(operation);
        } else if (mutations.chance(0.08)) {
            contentType = "application/json";
            body = mutations.broken("{\"unexpected\":\"body\"}");
        }
        if (body != null && mutations.chance(0.06)) {
            contentType = mutations.pick(List.of("text/plain", "application/xml", "application/json; charset=ISO-8859-1",
                    "application/json; charset=nonsense", "multipart/form-data", "multipart/form-data; boundary=x",
                    "application/x-www-form-urlencoded", "garbage", "*/*", "application/octet-stream", GoalDeclarationWorkbook.MEDIA_TYPE));
        }
        if (contentType != null && !(body == null && mutations.chance(0.5))) {
            headers.put("Content-Type", contentType);
        }
        return new Request(operation.method(), path + (query.isEmpty() ? "" : "?" + query), headers, body);
    }

    /**
     * The evidence upload (multipart/form-data): the form's fields with plausible or hostile values, each sometimes
     * missing or repeated, a file of an accepted kind, an executable, an archive, nothing, or random bytes under a
     * plausible or hostile name; sometimes a spoiled form (no boundary, truncated, another type). A sweep request is a
     * sound form as finance would send it with one field hostile, so that it reaches the use case.
     */
    private Request multipartRequest(Operation operation, boolean sweep) {
        Map<String, String> headers = new LinkedHashMap<>();
        String token = sweep || mutations.chance(0.5) ? TestTokens.financeAdmin() : token(operation);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        List<String> owners = new ArrayList<>(fixture.goals);
        Map<String, List<String>> plausible = Map.of(
                "ownerType", List.of("GOAL", "MONITORING_REPORT", "SELF_EVALUATION", "KEY_EVALUATION", "PRE_ASSESSMENT", "RECTIFICATION"),
                "purpose", List.of("SUPPORTING", "AGENCY_REPORT", "SCORE_SHEET", "OTHER"));
        String hostileField = sweep ? mutations.pick(List.of("ownerType", "ownerId", "purpose", "fileName", "content")) : null;
        StringBuilder form = new StringBuilder();
        String boundary = "fuzz" + Long.toHexString(random.nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String field : List.of("ownerType", "ownerId", "purpose")) {
            if (!sweep && mutations.chance(0.1)) {
                continue;
            }
            String value;
            if (field.equals(hostileField) || (!sweep && mutations.chance(0.25))) {
                value = mutations.pick(Mutations.TEXTS);
            } else if (field.equals("ownerId")) {
                String type = form.toString().contains("MONITORING_REPORT") ? "report" : form.toString().contains("SELF_EVALUATION") ? "evaluation" : "goal";
                value = switch (type) {
                    case "report" -> fixture.report;
                    case "evaluation" -> fixture.evaluation;
                    default -> mutations.pick(owners);
                };
            } else {
                value = sweep && field.equals("ownerType") ? "GOAL" : mutations.pick(plausible.get(field));
            }
            form.append(value);
            int repeat = !sweep && mutations.chance(0.05) ? 2 : 1;
            for (int i = 0; i < repeat; i++) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        if (sweep || !mutations.chance(0.1)) {
            String name = "fileName".equals(hostileField) || (!sweep && mutations.chance(0.3)) ? mutations.pick(Mutations.TEXTS)
                    : mutations.pick(List.of("验收单.pdf", "评价得分表.xlsx", "photo.png", "报告（终稿）.docx"));
            byte[] content = "content".equals(hostileField) || !sweep ? fileContent() : "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            int repeat = !sweep && mutations.chance(0.05) ? 2 : 1;
            for (int i = 0; i < repeat; i++) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: " + mutations.pick(List.of("application/pdf", "application/octet-stream", "image/png", "", "x/y"))
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(content);
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        String contentType = "multipart/form-data; boundary=" + boundary;
        if (!sweep) {
            int spoil = random.nextInt(100);
            if (spoil < 5) {
                contentType = "multipart/form-data";
            } else if (spoil < 10) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            } else if (spoil < 13) {
                contentType = mutations.pick(List.of("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/mixed; boundary=" + boundary));
            } else if (spoil < 16) {
                contentType = "multipart/form-data; boundary=other";
            }
        }
        headers.put("Content-Type", contentType);
        return new Request("POST", operation.path(), headers, bytes);
    }

    /** What a file part holds: accepted kinds, executables, archives, nothing, or noise. */
    private byte[] fileContent() {
        int kind = random.nextInt(100);
        if (kind < 30) {
            return ("%PDF-1.4\n% " + random.nextInt() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        }
        if (kind < 45) {
            return GoalDeclarationWorkbook.write(sheetRows());
        }
        if (kind < 55) {
            return new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        }
        if (kind < 60) {
            return new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        }
        if (kind < 70) {
            return new byte[0];
        }
        if (kind < 80) {
            byte[] zip = GoalDeclarationWorkbook.write(sheetRows());
            return java.util.Arrays.copyOf(zip, 1 + random.nextInt(zip.length));
        }
        byte[] noise = new byte[1 + random.nextInt(2048)];
        random.nextBytes(noise);
        return noise;
    }

    private byte[] jsonBody(OpenApiDocument openApi, Operation operation) {
        JsonNode good = fixture.goodBody(operation.key());
        JsonNode base = good != null && mutations.chance(0.75) ? good
                : openApi.example(operation.bodySchema(), null, random, this::hint, 0);
        int kind = random.nextInt(100);
        if (kind < 12) {
            return base.toString().getBytes(StandardCharsets.UTF_8); // unchanged: reaches the use case
        }
        if (kind < 24) {
            return mutations.broken(base.toString());
        }
        return mutations.write(mutations.mutate(base)).getBytes(StandardCharsets.UTF_8);
    }

    /** The declaration-table upload: a real table with spoiled cells, or bytes that are no table at all. */
    private byte[] binaryBody(Operation operation) {
        int kind = random.nextInt(100);
        if (kind < 55) {
            return GoalDeclarationWorkbook.write(sheetRows());
        }
        if (kind < 65) {
            return new byte[0];
        }
        if (kind < 80) {
            byte[] workbook = GoalDeclarationWorkbook.write(sheetRows());
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                workbook[random.nextInt(workbook.length)] = (byte) random.nextInt(256);
            }
            return workbook;
        }
        if (kind < 90) {
            return zipOf("xl/workbook.xml", "<workbook>" + "x".repeat(random.nextInt(2000)) + "</workbook>");
        }
        byte[] bytes = new byte[1 + random.nextInt(4000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private List<GoalSheetRow> sheetRows() {
        return sheetRows(Integer.MIN_VALUE, null);
    }

    /**
     * The fixture's fourth unit's goal as table rows; with {@code cell} 0–8 one indicator column of a random row, -3 to -1
     * the 目标类型, 预算年度 or 单位代码 of every row, set to {@code value} (MIN_VALUE: random spoils instead).
     */
    private List<GoalSheetRow> sheetRows(int cell, String value) {
        List<GoalSheetRow> rows = new ArrayList<>();
        boolean swept = cell != Integer.MIN_VALUE;
        int sweptRow = random.nextInt(4);
        String unit = swept ? DISTRICT.unit(4) : DISTRICT.unit(3 + random.nextInt(2));
        String project = unit.equals(DISTRICT.unit(3)) ? DISTRICT.project(3) : DISTRICT.project(4);
        String[][] indicators = {
                {"产出指标", "数量指标", "改造小区数量", "定量", "≥", "12", null, "个", "30"},
                {"产出指标", "质量指标", "工程验收合格率", "定量", "=", "100", null, "%", "20"},
                {"效益指标", "社会效益指标", "受益居民户数", "定量", "≥", "1500", null, "户", "30"},
                {"满意度指标", "服务对象满意度指标", "居民满意度", "定量", "≥", "90", null, "%", "20"}};
        for (int i = 0; i < indicators.length; i++) {
            String[] ind = indicators[i].clone();
            if (swept) {
                if (cell >= 0 && i == sweptRow) {
                    ind[cell] = value;
                }
            } else if (mutations.chance(0.35)) {
                int column = random.nextInt(ind.length);
                ind[column] = column == 5 || column == 8 ? mutations.pick(Mutations.NUMBERS) : mutations.pick(Mutations.TEXTS);
            }
            String kind = swept ? (cell == -3 ? value : "项目") : mutations.chance(0.05) ? mutations.pick(Mutations.TEXTS) : "项目";
            String year = swept ? (cell == -2 ? value : "2024") : mutations.chance(0.05) ? mutations.pick(Mutations.NUMBERS) : "2024";
            String unitCell = swept ? (cell == -1 ? value : unit) : mutations.chance(0.05) ? mutations.pick(Mutations.TEXTS) : unit;
            rows.add(new GoalSheetRow(i + 3, null, kind, year, unitCell,
                    project, "完成12个老旧小区改造，惠及居民1500户。", null, null, null, null, null,
                    ind[0], ind[1], ind[2], ind[3], ind[4], ind[5], ind[6], ind[7], ind[8], null, null, null));
        }
        return rows;
    }

    private static byte[] zipOf(String name, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** Mostly a token of an actor who may perform the operation (so that requests get past access control), else any. */
    private String token(Operation operation) {
        int kind = random.nextInt(100);
        if (kind < 3) {
            return null;
        }
        if (kind < 5) {
            return mutations.pick(List.of("garbage", "a.b.c", "", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
        }
        if (kind < 9) {
            return mutations.pick(fixture.malformedClaimTokens);
        }
        if (kind < 55) {
            return mutations.pick(fixture.actorsFor(operation.key()));
        }
        return mutations.pick(fixture.tokens);
    }

    /** Mostly the object's revision as last seen (so that changes get past the precondition), else another or garbage. */
    private String ifMatch(String known) {
        int kind = random.nextInt(100);
        if (kind < 8) {
            return null;
        }
        if (kind < 55 && known != null) {
            return known;
        }
        if (kind < 75) {
            return "\"" + random.nextInt(7) + "\"";
        }
        return mutations.pick(List.of("*", "W/\"0\"", "W/\"1\"", "\"\"", "\"-1\"", "\"99999999999999999999\"", "\"9223372036854775807\"",
                "garbage", "\"0\", \"1\"", "0", "\"0", "\"1e3\"", "", " ", "\"0\"\"0\""));
    }

    /** A good path value for the sweep: the draft goal where the operation changes a draft, else any of the fixture's. */
    private String ownedPathValue(Operation operation, String name) {
        if (operation.path().startsWith("/api/v1/performance-goals/{id}/") && operation.path().matches(".*/(content|submit|revise)")
                && name.equals("id")) {
            return encode(fixture.goals.get(2));
        }
        List<String> valid = fixture.pathValues(operation.path(), name);
        return valid.isEmpty() ? encode(new UUID(random.nextLong(), random.nextLong()).toString()) : encode(mutations.pick(valid));
    }

    private String pathValue(String template, String name) {
        List<String> valid = fixture.pathValues(template, name);
        if (!valid.isEmpty() && mutations.chance(0.7)) {
            return encode(mutations.pick(valid));
        }
        int kind = random.nextInt(100);
        if (kind < 15) {
            return mutations.pick(List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%00", "%25", "%2F", "..", ".", "%20", "%E9%A2%84", "%FF%FE"));
        }
        if (kind < 20) {
            return "";
        }
        return encode(mutations.pick(List.of("abc", "-1", "0", "99999999999999999999", "9223372036854775808", "2147483648",
                "00000000-0000-0000-0000-000000000000", new UUID(random.nextLong(), random.nextLong()).toString(), "预算单位",
                "x".repeat(2000), "null", "1e18", "12.5", " ", "😀", "'; DROP TABLE project; --", "national", "FINANCE-ADMIN")));
    }

    private void appendQuery(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** Percent-encodes a path segment (UTF-8), every character but the unreserved ones. */
    private static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** A good value for a body property or query parameter of this name, where the fuzzer knows one. */
    private JsonNode hint(String name, String type) {
        String text = plausibleOrNull(name);
        if (text == null) {
            return null;
        }
        if (type.equals("integer") || type.equals("number")) {
            try {
                return NODES.numberNode(new java.math.BigDecimal(text));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return type.equals("string") ? NODES.textNode(text) : null;
    }

    private String plausible(String name) {
        String value = plausibleOrNull(name);
        return value != null ? value : mutations.pick(List.of("1", "2024", "abc", "PROJECT", "true"));
    }

    private String plausibleOrNull(String name) {
        List<String> values = switch (name) {
            case "kind" -> List.of("PROJECT", "DEPARTMENT_OVERALL", "TRANSFER_PAYMENT", "SELF_EVALUATION", "MONITORING_ROUND",
                    "SPECIAL_BOND", "PROJECT_MOVED");
            case "evaluationKind" -> List.of("PROJECT", "DEPARTMENT_OVERALL");
            case "fiscalYear" -> List.of("2024", "2025", "2023");
            case "effectiveFrom" -> List.of("2000", "2024", "2099");
            case "cutOffMonth" -> List.of("6", "9", "12");
            case "unitCode", "supervisingDepartment" -> fixture.units;
            case "projectCode" -> fixture.projects;
            case "goalId", "ownerId" -> fixture.goals;
            case "ownerType" -> List.of("GOAL", "MONITORING_REPORT", "SELF_EVALUATION", "KEY_EVALUATION", "PRE_ASSESSMENT", "RECTIFICATION");
            case "allVersions" -> List.of("true", "false", "yes");
            case "roundId" -> List.of(fixture.round);
            case "templateId" -> List.of(fixture.template);
            case "indicatorId" -> fixture.indicatorIds;
            case "schemeId" -> List.of("national", "district-2024", fixture.scheme);
            case "agencyId" -> List.of("ZHENRUI", "OTHER");
            case "level1" -> List.of("OUTPUT", "BENEFIT", "SATISFACTION", "产出指标");
            case "level2" -> List.of("QUANTITY", "QUALITY", "TIMELINESS", "COST", "SOCIAL", "BENEFICIARY_SATISFACTION");
            case "valueType" -> List.of("QUANTITATIVE", "QUALITATIVE");
            case "comparator", "typicalComparator" -> List.of("≥", "≤", "=", ">=");
            case "likelihood" -> List.of("CERTAIN", "POSSIBLE", "IMPOSSIBLE");
            case "projectedTier", "tier" -> List.of("ACHIEVED", "PARTLY", "NOT_ACHIEVED");
            case "decision" -> List.of("SUSPEND", "CONTINUE");
            case "grade" -> List.of("EXCELLENT", "GOOD", "MEDIUM", "FAIR", "WEAK", "POOR");
            case "evaluationType" -> List.of("SELF_EVALUATION", "DEPARTMENT_EVALUATION", "KEY_EVALUATION");
            case "resolution" -> List.of("ACCEPT_PROVINCIAL", "KEEP_LOCAL");
            case "mode" -> List.of("INCREMENTAL", "FULL");
            case "issuingLevel" -> List.of("CENTRAL", "PROVINCE", "CITY", "省");
            case "status" -> List.of("DRAFT", "SUBMITTED", "APPROVED", "RETURNED", "COMPLETED");
            case "state" -> List.of("RUNNING", "SUCCEEDED", "FAILED", "PENDING", "SENT", "DEAD", "OPEN", "RESOLVED");
            case "warningLevel" -> List.of("GREEN", "YELLOW", "RED");
            case "fundsStatus" -> List.of("NONE", "SUSPENDED", "CONTINUED");
            case "category" -> List.of("SPECIFIC_PURPOSE", "PERSONNEL", "OPERATION");
            case "messageType" -> List.of("GOAL_APPROVED", "SELF_EVALUATION_COMPLETED");
            case "active" -> List.of("true", "false");
            case "page" -> List.of("1", "2");
            case "size", "limit" -> List.of("1", "20", "50", "100");
            case "score" -> List.of("90", "59.99", "100");
            case "version" -> List.of("1", "2");
            case "from", "to" -> List.of("2024-01-01T00:00:00Z", "2030-01-01T00:00:00Z", "2024-01-01");
            case "objectType" -> List.of("PerformanceGoal", "MonitoringReport", "BudgetUnit");
            case "objectId", "subjectId" -> fixture.goals;
            case "actor" -> List.of("finance_admin-tester", "unit_operator-tester");
            case "dueDate", "deadline" -> List.of("2024-10-20", "2030-12-31");
            case "targetValue", "actualToDate", "projectedYearEnd", "actual" -> List.of("12", "0", "1500.5");
            case "weight", "executionRate", "percentage", "lowerBound" -> List.of("10", "50", "75", "90");
            case "yellowLagAbove" -> List.of("10");
            case "redLagAbove" -> List.of("20");
            case "adjustedBudget", "executed", "amount" -> List.of("1000000.00", "3000000", "0.5");
            default -> null;
        };
        return values == null ? null : mutations.pick(values);
    }

    /** One request as sent, and as printed when it fails. */
    private record Request(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {

        String token() {
            String authorization = headers.get("Authorization");
            return authorization == null ? null : authorization.replaceFirst("^Bearer ", "");
        }

        HttpRequest toHttp(URL base) {
            String root = base.toString().replaceAll("/$", "");
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + pathAndQuery)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(builder::header);
            return builder.build();
        }

        String describe() {
            String shownHeaders = headers.entrySet().stream()
                    .map(e -> "  " + e.getKey() + ": " + (e.getKey().equals("Authorization") ? role(e.getValue()) : e.getValue()))
                    .collect(Collectors.joining("\n"));
            return "  " + method + " " + pathAndQuery + "\n" + shownHeaders + "\n  body: " + (body == null ? "(none)" : shown(body, 4000));
        }

        /** The token's role and scope claims instead of the token (which expires). */
        private static String role(String authorization) {
            String[] parts = authorization.replace("Bearer ", "").split("\\.");
            if (parts.length < 2) {
                return authorization;
            }
            try {
                JsonNode claims = Mutations.JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
                return "Bearer <token: groups=" + claims.path("groups") + " unit_code=" + claims.path(ActorClaims.UNIT_CODE)
                        + " agency_id=" + claims.path(ActorClaims.AGENCY_ID) + ">";
            } catch (IOException | IllegalArgumentException e) {
                return authorization;
            }
        }
    }

    /** Text as text (cut at {@code max} characters), anything else as its size and first bytes. */
    private static String shown(byte[] bytes, int max) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " characters)";
        } catch (CharacterCodingException e) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < Math.min(bytes.length, 64); i++) {
                hex.append(String.format("%02x", bytes[i]));
            }
            return "(" + bytes.length + " bytes, not UTF-8; first bytes " + hex + ")";
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The fixture: real objects of every kind the operations address, made through the API
    // ---------------------------------------------------------------------------------------------------------

    private Fixture createFixture() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
        Fixture f = new Fixture();
        String admin = TestTokens.financeAdmin();
        String finance = TestTokens.financeReviewer();
        f.units.addAll(List.of(DISTRICT.unit(1), DISTRICT.unit(2), DISTRICT.unit(3), DISTRICT.department, DistrictFixture.KINDERGARTEN,
                DistrictFixture.HOUSING_CENTRE, DistrictFixture.EDUCATION));
        f.projects.addAll(List.of(DISTRICT.project(1), DISTRICT.project(2), DISTRICT.project(3), DISTRICT.project(4),
                DistrictFixture.RENOVATION_2024, DistrictFixture.KINDERGARTEN_BUILD));
        String approved1 = DISTRICT.approvedGoal("PROJECT", 1, DISTRICT.workedExampleContent());
        String approved2 = DISTRICT.approvedGoal("PROJECT", 2, DISTRICT.workedExampleContent());
        String draft = EvaluationFixture.as(TestTokens.unitOperator(DISTRICT.unit(3)))
                .body(DISTRICT.declareBody("PROJECT", 3, DISTRICT.workedExampleContent()))
                .when().post("/api/v1/performance-goals").then().statusCode(201).extract().jsonPath().getString("id");
        f.goals.addAll(List.of(approved1, approved2, draft));

        f.round = EvaluationFixture.as(finance).body("{\"fiscalYear\":2024,\"cutOffMonth\":9,\"dueDate\":\"2024-10-20\"}")
                .when().post("/api/v1/monitoring-rounds").then().statusCode(201).extract().jsonPath().getString("id");
        JsonPath report = EvaluationFixture.as(TestTokens.unitOperator(DISTRICT.unit(1)))
                .body("{\"roundId\":\"" + f.round + "\",\"goalId\":\"" + approved1 + "\"}")
                .when().post("/api/v1/monitoring-reports").then().statusCode(201).extract().jsonPath();
        f.report = report.getString("id");
        JsonPath evaluation = EvaluationFixture.as(TestTokens.unitOperator(DISTRICT.unit(2))).body("{\"goalId\":\"" + approved2 + "\"}")
                .when().post("/api/v1/self-evaluations").then().statusCode(201).extract().jsonPath();
        f.evaluation = evaluation.getString("id");
        f.indicatorIds.addAll(report.getList("lines.indicatorId"));
        f.indicatorIds.addAll(evaluation.getList("lines.indicatorId"));
        f.monitoringLines = report.getList("lines.indicatorId");
        f.monitoringQualitative = report.getList("lines.findAll { it.valueType == 'QUALITATIVE' }.indicatorId");
        f.evaluationLines = evaluation.getList("lines.indicatorId");
        f.evaluationQualitative = evaluation.getList("lines.findAll { it.valueType == 'QUALITATIVE' }.indicatorId");

        f.campaign = EvaluationFixture.as(finance).body("{\"title\":\"2024年度项目支出绩效自评\",\"kind\":\"SELF_EVALUATION\",\"fiscalYear\":2024,"
                        + "\"evaluationKind\":\"PROJECT\",\"deadline\":\"2030-03-31\",\"targets\":[{\"unitCode\":\"" + DISTRICT.unit(1)
                        + "\",\"amount\":3000000.00}]}")
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getString("id");
        f.template = EvaluationFixture.as(admin).body(templateBody("新增公办幼儿园数量"))
                .when().post("/api/v1/indicator-templates").then().statusCode(201).extract().jsonPath().getString("id");
        f.scheme = "fuzz-scheme";
        EvaluationFixture.as(admin).body("{\"schemeId\":\"fuzz-scheme\",\"name\":\"模糊测试等级\",\"bands\":" + BANDS + "}")
                .when().post("/api/v1/grade-schemes").then().statusCode(201);
        f.syncRun = EvaluationFixture.as(admin).body("{}").when().post("/api/v1/sync/runs").then().statusCode(202).extract().jsonPath().getString("id");
        SyncFixture.awaitNoRunRunning();
        f.outboxMessages.addAll(given().auth().oauth2(admin).when().get("/api/v1/sync/outbox").then().statusCode(200)
                .extract().jsonPath().<Object>getList("items.id").stream().map(String::valueOf).toList());

        f.tokens.addAll(List.of(admin, finance, TestTokens.auditor(), TestTokens.sync(),
                TestTokens.unitOperator(DistrictFixture.KINDERGARTEN), TestTokens.unitOperator(DistrictFixture.HOUSING_CENTRE),
                TestTokens.deptReviewer(DistrictFixture.EDUCATION), TestTokens.evaluator("ZHENRUI"),
                TestTokens.unitOperator(DISTRICT.unit(1)), TestTokens.unitOperator(DISTRICT.unit(2)), TestTokens.unitOperator(DISTRICT.unit(3)),
                TestTokens.deptReviewer(DISTRICT.department), TestTokens.unitOperator(DISTRICT.unit(4))));
        f.malformedClaimTokens.addAll(malformedClaimTokens());
        cn.gov.daxiang.perf.adapter.rest.evidence.Multipart evidence = new cn.gov.daxiang.perf.adapter.rest.evidence.Multipart()
                .field("ownerType", "GOAL").field("ownerId", approved1).field("purpose", "SUPPORTING")
                .file("验收单.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        f.evidence = given().auth().oauth2(admin).contentType(evidence.contentType()).body(evidence.body()).when().post("/api/v1/evidence-files")
                .then().statusCode(201).extract().jsonPath().getString("id");
        return f;
    }

    /** Validly signed tokens whose scope claims have the wrong JSON type. */
    private static List<String> malformedClaimTokens() {
        return List.of(
                TestTokens.signed(c -> c.groups(Set.of(Role.UNIT_OPERATOR.name())).claim(ActorClaims.UNIT_CODE, 105002)),
                TestTokens.signed(c -> c.groups(Set.of(Role.UNIT_OPERATOR.name())).claim(ActorClaims.UNIT_CODE, List.of("105002"))),
                TestTokens.signed(c -> c.groups(Set.of(Role.EVALUATOR.name())).claim(ActorClaims.AGENCY_ID, Map.of("id", "ZHENRUI"))));
    }

    private static String templateBody(String name) {
        return "{\"industry\":\"教育\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"" + name + "\",\"valueType\":\"QUANTITATIVE\","
                + "\"typicalUnit\":\"所\",\"typicalComparator\":\"≥\",\"explanation\":\"新增的公办幼儿园数\",\"keywords\":[\"学前教育\",\"普惠\"]}";
    }

    private static final String BANDS = "[{\"grade\":\"EXCELLENT\",\"lowerBound\":90},{\"grade\":\"GOOD\",\"lowerBound\":80},"
            + "{\"grade\":\"MEDIUM\",\"lowerBound\":60},{\"grade\":\"POOR\",\"lowerBound\":0}]";
    private static final String WEIGHTS = "{\"kind\":\"PROJECT\",\"effectiveFrom\":2000,\"executionRate\":10,\"groups\":{\"OUTPUT\":50,\"BENEFIT\":30,\"SATISFACTION\":10}},"
            + "{\"kind\":\"DEPARTMENT_OVERALL\",\"effectiveFrom\":2000,\"executionRate\":10,\"groups\":{\"OUTPUT\":50,\"BENEFIT\":30,\"SATISFACTION\":10}}";

    /** Real objects, the ids and tokens the fuzzer uses as good values, and a known good body per operation. */
    private final class Fixture {
        final List<String> units = new ArrayList<>();
        final List<String> projects = new ArrayList<>();
        final List<String> goals = new ArrayList<>();
        final List<String> indicatorIds = new ArrayList<>();
        final List<String> outboxMessages = new ArrayList<>();
        final List<String> tokens = new ArrayList<>();
        final List<String> malformedClaimTokens = new ArrayList<>();
        List<String> monitoringLines;
        List<String> monitoringQualitative;
        List<String> evaluationLines;
        List<String> evaluationQualitative;
        String round;
        String report;
        String evaluation;
        String campaign;
        String template;
        /** A 佐证材料 file attached to the first approved goal. */
        String evidence;
        String scheme;
        String syncRun;

        /** Tokens of the actors who may perform the operation on the fixture's objects. */
        List<String> actorsFor(String operation) {
            String admin = TestTokens.financeAdmin();
            String finance = TestTokens.financeReviewer();
            String department = TestTokens.deptReviewer(DISTRICT.department);
            if (operation.equals("POST /api/v1/performance-goals") || operation.equals("POST /api/v1/performance-goals/imports")) {
                return List.of(TestTokens.unitOperator(DISTRICT.unit(4)));
            }
            if (operation.matches(".*/performance-goals/\\{id}/(content|submit|revise)")) {
                return List.of(TestTokens.unitOperator(DISTRICT.unit(3)));
            }
            if (operation.matches(".*/(adjustments)")) {
                return List.of(TestTokens.unitOperator(DISTRICT.unit(1)), TestTokens.unitOperator(DISTRICT.unit(2)));
            }
            if (operation.matches(".*/(pass-department-review|dept-approve|dept-return)")) {
                return List.of(department);
            }
            if (operation.matches(".*/(finance-review|approve|publish|return|review-assignment|finance-approve|finance-return|funds-decisions)")) {
                return List.of(finance, admin);
            }
            if (operation.startsWith("POST /api/v1/monitoring-reports") || operation.startsWith("PUT /api/v1/monitoring-reports")) {
                return List.of(TestTokens.unitOperator(DISTRICT.unit(1)));
            }
            if (operation.startsWith("POST /api/v1/self-evaluations") || operation.startsWith("PUT /api/v1/self-evaluations")) {
                return List.of(TestTokens.unitOperator(DISTRICT.unit(2)));
            }
            if (operation.contains("/indicator-system")) {
                return List.of(TestTokens.unitOperator(DISTRICT.unit(1)), admin);
            }
            if (operation.contains("/campaigns") || operation.contains("/monitoring-rounds")) {
                return List.of(finance, admin);
            }
            return List.of(admin, finance);
        }

        /** What the fuzzer's own requests created, by collection path ({@code /api/v1/performance-goals/}), up to 30 each. */
        final Map<String, List<String>> created = new java.util.HashMap<>();

        void created(String collection, String id, String etag) {
            String path = collection.endsWith("/") ? collection : collection + "/";
            List<String> ids = created.computeIfAbsent(path, k -> new ArrayList<>());
            if (ids.size() < 30) {
                ids.add(id);
                if (etag != null) {
                    etags.put(path + encode(id), etag);
                }
            }
        }

        /** Good values of a path parameter: the fixture's objects and those the fuzzer created, by the collection it follows. */
        List<String> pathValues(String template, String name) {
            String collection = template.substring(0, template.indexOf("{" + name + "}"));
            List<String> made = created.getOrDefault(collection, List.of());
            List<String> known = fixtureValues(collection, name);
            if (made.isEmpty()) {
                return known;
            }
            List<String> all = new ArrayList<>(known);
            all.addAll(made);
            return all;
        }

        private List<String> fixtureValues(String collection, String name) {
            return switch (name) {
                case "unitCode" -> units;
                case "projectCode" -> projects;
                case "schemeId" -> List.of("national", "district-2024", scheme);
                case "templateId" -> List.of(this.template);
                case "number" -> List.of("1", "2", "3");
                case "workYear" -> List.of("2024", "2025", "2001");
                case "runId" -> List.of(syncRun);
                case "messageId" -> outboxMessages;
                case "conflictId" -> List.of();
                default -> {
                    if (collection.endsWith("/performance-goals/")) {
                        yield goals;
                    } else if (collection.endsWith("/monitoring-reports/")) {
                        yield List.of(report);
                    } else if (collection.endsWith("/monitoring-rounds/")) {
                        yield List.of(round);
                    } else if (collection.endsWith("/self-evaluations/")) {
                        yield List.of(evaluation);
                    } else if (collection.endsWith("/campaigns/")) {
                        yield List.of(campaign);
                    } else if (collection.endsWith("/evidence-files/")) {
                        yield List.of(evidence);
                    } else if (collection.endsWith("/indicator-templates/")) {
                        yield List.of(this.template);
                    } else if (collection.endsWith("/demo-identities/")) {
                        yield List.of("finance-admin", "kindergarten-operator", "auditor", "zhenrui-evaluator");
                    }
                    yield List.of();
                }
            };
        }

        /** A body the operation accepts in the right state, for the fuzzer to spoil; null where none is known. */
        JsonNode goodBody(String operation) {
            String body = switch (operation) {
                case "POST /api/v1/performance-goals" -> DISTRICT.declareBody(mutations.pick(List.of("PROJECT", "TRANSFER_PAYMENT", "DEPARTMENT_OVERALL")),
                        4, DISTRICT.workedExampleContent());
                case "PUT /api/v1/performance-goals/{id}/content" -> "{\"content\":" + DISTRICT.workedExampleContent()
                        + ",\"upperLevelGoal\":{\"issuingLevel\":\"PROVINCE\",\"documentNumber\":\"湘财预〔2024〕1号\",\"upperGoalText\":\"改造老旧小区\"}}";
                case "POST /api/v1/performance-goals/{id}/return" -> "{\"reasons\":[{\"text\":\"请细化指标\"},{\"indicatorId\":\""
                        + mutations.pick(indicatorIds) + "\",\"text\":\"指标值偏低\"}]}";
                case "POST /api/v1/performance-goals/{id}/finance-review" -> "{\"grade\":\"EXCELLENT\",\"consultationNote\":\"同意\",\"reasons\":[]}";
                case "PUT /api/v1/performance-goals/{id}/review-assignment" -> "{\"agencyId\":\"ZHENRUI\"}";
                case "POST /api/v1/performance-goals/{id}/adjustments" -> "{\"reason\":\"预算调整\"}";
                case "POST /api/v1/performance-goals/{id}/pass-department-review" -> "{\"note\":\"同意\"}";
                case "POST /api/v1/monitoring-rounds" -> "{\"fiscalYear\":2024,\"cutOffMonth\":" + (1 + random.nextInt(12))
                        + ",\"dueDate\":\"2024-12-20\",\"yellowLagAbove\":10,\"redLagAbove\":20}";
                case "PUT /api/v1/monitoring-rounds/{id}" -> "{\"dueDate\":\"2024-10-25\",\"yellowLagAbove\":12.5,\"redLagAbove\":25}";
                case "POST /api/v1/monitoring-reports" -> "{\"roundId\":\"" + round + "\",\"goalId\":\"" + mutations.pick(goals) + "\"}";
                case "PUT /api/v1/monitoring-reports/{id}/entries" -> "{\"execution\":{\"adjustedBudget\":1000000.00,\"executed\":700000.00},\"lines\":["
                        + monitoringLines.stream().map(id -> monitoringQualitative.contains(id)
                                ? "{\"indicatorId\":\"" + id + "\",\"projectedTier\":\"ACHIEVED\",\"likelihood\":\"POSSIBLE\"}"
                                : "{\"indicatorId\":\"" + id + "\",\"actualToDate\":9,\"projectedYearEnd\":12.5,\"likelihood\":\"CERTAIN\","
                                + "\"deviationReason\":\"原因\",\"correctiveMeasure\":\"措施\"}").collect(Collectors.joining(",")) + "]}";
                case "POST /api/v1/monitoring-reports/{id}/funds-decisions" -> "{\"decision\":\"SUSPEND\",\"reason\":\"执行进度滞后\"}";
                case "POST /api/v1/self-evaluations" -> "{\"goalId\":\"" + mutations.pick(goals) + "\"}";
                case "PUT /api/v1/self-evaluations/{id}/entries" -> "{\"execution\":{\"adjustedBudget\":3000000.00,\"executed\":3150000.00},"
                        + "\"overallAchievement\":\"完成\",\"lines\":[" + evaluationLines.stream().map(id -> evaluationQualitative.contains(id)
                                ? "{\"indicatorId\":\"" + id + "\",\"tier\":\"PARTLY\",\"percentage\":75}"
                                : "{\"indicatorId\":\"" + id + "\",\"actual\":10,\"deviationReason\":\"原因\"}").collect(Collectors.joining(",")) + "]}";
                case "POST /api/v1/campaigns" -> "{\"title\":\"监控任务\",\"kind\":\"MONITORING_ROUND\",\"roundId\":\"" + round + "\","
                        + "\"deadline\":\"2030-10-31\",\"targets\":[{\"unitCode\":\"" + mutations.pick(units) + "\",\"amount\":1000.50}]}";
                case "PUT /api/v1/campaigns/{id}/deadline" -> "{\"deadline\":\"2031-01-01\"}";
                case "POST /api/v1/campaigns/{id}/targets" -> "{\"targets\":[{\"unitCode\":\"" + mutations.pick(units) + "\",\"amount\":50.50}]}";
                case "POST /api/v1/indicator-templates", "PUT /api/v1/indicator-templates/{id}" -> templateBody("指标" + random.nextInt(1000));
                case "POST /api/v1/budget-units/{unitCode}/indicator-system/templates" -> "{\"templateId\":\"" + template + "\"}";
                case "POST /api/v1/grade-schemes" -> "{\"schemeId\":\"fuzz-" + random.nextInt(100) + "\",\"name\":\"等级\",\"bands\":" + BANDS + "}";
                case "PUT /api/v1/grade-schemes/{schemeId}" -> "{\"name\":\"等级（修订）\",\"bands\":" + BANDS + "}";
                case "PUT /api/v1/grade-scheme-catalog" -> "{\"entries\":[{\"evaluationType\":\"SELF_EVALUATION\",\"effectiveFrom\":2000,"
                        + "\"schemeId\":\"national\"},{\"evaluationType\":\"DEPARTMENT_EVALUATION\",\"effectiveFrom\":2000,\"schemeId\":\"national\"},"
                        + "{\"evaluationType\":\"KEY_EVALUATION\",\"effectiveFrom\":2000,\"schemeId\":\"national\"},"
                        + "{\"evaluationType\":\"KEY_EVALUATION\",\"effectiveFrom\":2023,\"schemeId\":\"district-2024\"}]}";
                case "PUT /api/v1/weight-template-catalog" -> "{\"entries\":[" + WEIGHTS + "]}";
                case "POST /api/v1/sync/runs" -> "{\"mode\":\"INCREMENTAL\"}";
                case "POST /api/v1/sync/conflicts/{conflictId}/resolve" -> "{\"resolution\":\"KEEP_LOCAL\",\"note\":\"本地为准\"}";
                case "POST /api/v1/monitoring-reports/{id}/dept-approve", "POST /api/v1/monitoring-reports/{id}/finance-approve",
                     "POST /api/v1/self-evaluations/{id}/dept-approve", "POST /api/v1/self-evaluations/{id}/finance-approve" -> "{\"opinion\":\"同意\"}";
                case "POST /api/v1/monitoring-reports/{id}/dept-return", "POST /api/v1/monitoring-reports/{id}/finance-return",
                     "POST /api/v1/self-evaluations/{id}/dept-return", "POST /api/v1/self-evaluations/{id}/finance-return" -> "{\"reason\":\"请补充\"}";
                default -> null;
            };
            if (body == null) {
                return null;
            }
            try {
                return Mutations.JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("bad good body of " + operation + ": " + body, e);
            }
        }
    }
}
