package cn.gov.daxiang.perf.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Idempotency-Key on the packaged embedded default (H2), as a process of its own: ten parallel identical creates with
 * one key make one object, and the key still replays after a restart on the same data (the records are in the
 * database, not in memory). On H2 a duplicate waits at most H2's lock timeout (2 s) for the first request; one that
 * waited in vain answers 409 IDEMPOTENCY_KEY_IN_PROGRESS with Retry-After, and its retry replays.
 */
class IdempotencyEmbeddedIT {

    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final int PARALLEL = 10;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private ServiceProcess service;
    private int port;
    private String token;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void parallelDuplicatesMakeOneTemplateAndTheKeyReplaysAfterARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("daxiang-idempotency-it");
        port = ServiceProcess.freePort();
        service = start(dataDir, "first");
        String name = "幂等嵌入式测试 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(UUID.randomUUID().toString(), template("预热 " + UUID.randomUUID())); // the first create of a fresh process loads its classes

        List<HttpResponse<String>> inProgress = new CopyOnWriteArrayList<>();
        List<HttpResponse<String>> answers = inParallel(() -> {
            HttpResponse<String> answer = post(key, template(name));
            if (answer.statusCode() == 409) {
                inProgress.add(answer);
                long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
                // Retried once the first request's create committed (its idempotency record commits with it).
                await("the first create of the key committed").atMost(Duration.ofSeconds(retryAfter + 30)).pollInSameThread()
                        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> templates(name) == 1);
                answer = post(key, template(name));
            }
            return answer;
        });
        for (HttpResponse<String> waitedInVain : inProgress) {
            assertThat(json.readTree(waitedInVain.body()).get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_IN_PROGRESS");
        }
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
        long replays = answers.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").isPresent()).count();
        List<String> ids = answers.stream().map(this::id).distinct().toList();
        int objects = templates(name);
        System.out.printf("[figures] embedded default (H2): %d parallel POST /api/v1/indicator-templates with one key -> %d first answered "
                        + "409 IN_PROGRESS (then retried); final statuses %s, %d replayed, %d distinct id(s), %d object(s)%n",
                answers.size(), inProgress.size(), statuses, replays, ids.size(), objects);
        assertThat(statuses).containsOnlyKeys(201);
        assertThat(replays).isEqualTo(PARALLEL - 1);
        assertThat(ids).hasSize(1);
        assertThat(objects).isEqualTo(1);
        HttpResponse<String> first = answers.get(0);

        service.close();
        service = start(dataDir, "second");
        HttpResponse<String> afterRestart = post(key, template(name));
        assertThat(afterRestart.statusCode()).isEqualTo(201);
        assertThat(afterRestart.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(afterRestart.body()).isEqualTo(first.body());
        assertThat(afterRestart.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        HttpResponse<String> otherBody = post(key, template(name + "（另一个）"));
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(json.readTree(otherBody.body()).get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(templates(name)).isEqualTo(1);
        System.out.printf("[figures] embedded default (H2) after a restart: the key replays (%d), another body under it: %d%n",
                afterRestart.statusCode(), otherBody.statusCode());
    }

    private ServiceProcess start(Path dataDir, String name) throws Exception {
        ServiceProcess process = ServiceProcess.start(APP, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                Map.of("PERF_DATA_DIR", dataDir.toString(), "PERF_SYNC_CRON", "off"), port,
                Path.of("target", "idempotency-embedded-" + name + ".log"));
        process.awaitReady("target/idempotency-embedded-" + name + ".log");
        token = demoToken();
        return process;
    }

    private static String template(String name) {
        return "{\"industry\":\"教育\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"" + name + "\","
                + "\"valueType\":\"QUANTITATIVE\",\"typicalUnit\":\"所\",\"typicalComparator\":\"≥\",\"keywords\":[\"幂等\"]}";
    }

    private HttpResponse<String> post(String key, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/indicator-templates"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@value PARALLEL} at once. */
    private List<HttpResponse<String>> inParallel(Send send) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return send.send();
                }));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Send {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private String id(HttpResponse<String> response) {
        try {
            return json.readTree(response.body()).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int templates(String name) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/indicator-templates?size=100&keyword="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(r.body());
        int count = 0;
        for (JsonNode item : page.get("items")) {
            count += item.get("name").asText().equals(name) ? 1 : 0;
        }
        return count;
    }

    private String demoToken() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/demo-identities/finance-admin/token"))
                .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
