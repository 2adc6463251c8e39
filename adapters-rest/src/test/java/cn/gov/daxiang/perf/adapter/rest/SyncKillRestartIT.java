package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged embedded default as a separate process, synchronising over real HTTP with the simulator running in
 * this JVM, killed with SIGKILL in the middle of a run and started again: afterwards its data equals the
 * province's (counts and content hash) and every report reached the province exactly once. A report committed but
 * not yet delivered when the process dies is delivered after the restart, once.
 */
class SyncKillRestartIT {

    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final ProvincialPlatformSimulator simulator = ProvincialPlatformSimulator.start(0, 7L);
    private Process service;
    private String token;

    @AfterEach
    void stop() {
        if (service != null && service.isAlive()) {
            service.destroyForcibly();
        }
        simulator.close();
    }

    @Test
    void aProcessKilledMidRunAndRestartedEndsWithTheProvincesDataAndEveryReportOnce() throws Exception {
        Path dataDir = Files.createTempDirectory("daxiang-sync-kill");
        int port = freePort();
        simulator.seedSampleDistrict();
        simulator.generateProjects(3000, 2025, 100_000L);
        simulator.faults().delayRate = 1.0;
        simulator.faults().delayMillis = 80;

        // 1. First start: the start-up run pulls page after page; kill -9 in the middle of it.
        service = start(dataDir, port, "first");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (simulator.pageRequests() < 10) {
            assertThat(service.isAlive()).as("service alive (target/sync-kill-first.log)").isTrue();
            assertThat(System.nanoTime()).as("the start-up run began").isLessThan(deadline);
            Thread.sleep(10);
        }
        service.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        int pagesBeforeKill = simulator.pageRequests();
        assertThat(pagesBeforeKill).as("killed mid-run").isLessThan(35);

        // 2. Restart: the new start-up run waits for the dead run's lease to expire, abandons it and continues.
        service = start(dataDir, port, "second");
        awaitReady(port);
        token = demoToken(port);
        JsonNode runs = get(port, "/api/v1/sync/runs?size=10");
        List<String> states = new ArrayList<>();
        runs.get("items").forEach(r -> states.add(r.get("state").asText()));
        assertThat(states).containsExactlyInAnyOrder("SUCCEEDED", "ABANDONED");
        assertThat(simulator.pageRequests() - pagesBeforeKill).as("the second run resumed, it did not start over")
                .isLessThan(35);
        assertLocalEqualsProvince(port);
        assertEveryReportOnce(port);

        // 3. A report committed while the province takes no reports, then a kill before it could be delivered.
        simulator.faults().delayRate = 0;
        simulator.faults().reportsUnavailable = true;
        simulator.putProject("43050324T000000000001", "2024年度城镇老旧小区改造项目（续建）", "108002", 2024, "SPECIFIC_PURPOSE",
                List.of("SPECIAL_BOND"), "36500000.00", "4200000.00", "1800000.00");
        String runId = post(port, "/api/v1/sync/runs", "{}").get("id").asText();
        JsonNode run = awaitFinished(port, runId);
        assertThat(run.get("pulled").asLong()).isEqualTo(1);
        assertThat(get(port, "/api/v1/sync/outbox?state=PENDING").get("total").asInt()).as("the receipt waits in the outbox").isEqualTo(1);
        service.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

        simulator.faults().reportsUnavailable = false;
        service = start(dataDir, port, "third");
        awaitReady(port);
        token = demoToken(port);
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (get(port, "/api/v1/sync/outbox?state=PENDING").get("total").asInt() > 0) {
            assertThat(System.nanoTime()).as("the pending receipt is delivered after the restart").isLessThan(waitUntil);
            post(port, "/api/v1/sync/runs", "{}");
            Thread.sleep(500);
        }
        assertLocalEqualsProvince(port);
        assertEveryReportOnce(port);
        System.out.printf("[measurement] kill/restart: %d page requests before the kill, %d in all; %d report deliveries for %d reports%n",
                pagesBeforeKill, simulator.pageRequests(), simulator.deliveries().size(), simulator.acceptedReports().size());
    }

    private void assertLocalEqualsProvince(int port) throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode u : all(port, "/api/v1/budget-units")) {
            lines.add(ProvincialPlatformSimulator.agencyLine(u.get("unitCode").asText(), u.get("name").asText(),
                    u.path("supervisingDepartmentCode").isTextual() ? u.get("supervisingDepartmentCode").asText() : null, u.get("active").asBoolean()));
        }
        int units = lines.size();
        for (JsonNode p : all(port, "/api/v1/projects")) {
            List<String> kinds = new ArrayList<>();
            p.get("kinds").forEach(k -> kinds.add(k.get("code").asText()));
            JsonNode f = p.get("funds");
            lines.add(ProvincialPlatformSimulator.projectLine(p.get("projectCode").asText(), p.get("name").asText(), p.get("unitCode").asText(),
                    p.get("fiscalYear").asInt(), p.get("category").get("code").asText(), kinds, new BigDecimal(f.get("fiscalAppropriation").asText()),
                    new BigDecimal(f.get("carryOver").asText()), new BigDecimal(f.get("other").asText())));
        }
        assertThat(units).isEqualTo(simulator.current("agencies").size());
        assertThat(lines.size() - units).isEqualTo(simulator.current("projects").size());
        assertThat(ProvincialPlatformSimulator.hash(lines)).isEqualTo(simulator.contentHash());
    }

    private void assertEveryReportOnce(int port) throws Exception {
        List<String> sent = new ArrayList<>();
        all(port, "/api/v1/sync/outbox?state=SENT").forEach(m -> sent.add(m.get("idempotencyKey").asText()));
        Map<String, Integer> counts = simulator.acceptedCounts();
        assertThat(counts.values()).allMatch(n -> n == 1);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(sent);
    }

    private List<JsonNode> all(int port, String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            JsonNode p = get(port, path + separator + "size=100&page=" + page);
            p.get("items").forEach(items::add);
            if (page >= p.get("totalPages").asInt()) {
                return items;
            }
        }
    }

    private JsonNode awaitFinished(int port, String runId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            JsonNode run = get(port, "/api/v1/sync/runs/" + runId);
            if (!run.get("state").asText().equals("RUNNING")) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + runId + " did not finish");
    }

    private Process start(Path dataDir, int port, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        for (String method : List.of("fetch", "deliver")) {
            String calls = "-Dquarkus.fault-tolerance.\"cn.gov.daxiang.perf.adapter.provincial.http.ProvincialHttpCalls/" + method + "\".";
            command.addAll(List.of(calls + "retry.delay=50", calls + "retry.jitter=20", calls + "exponential-backoff.max-delay=200",
                    calls + "circuit-breaker.delay=500"));
        }
        command.addAll(List.of("-jar", APP.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "sync-kill-" + name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("PERF_DATA_DIR", dataDir.toString());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("PERF_SYNC_TRANSPORT", "http");
        env.put("PERF_SYNC_PROVINCIAL_URL", simulator.url());
        env.put("PERF_SYNC_RUN_ON_START", "true");
        env.put("PERF_SYNC_CRON", "off");
        env.put("PERF_SYNC_LEASE_TTL", "PT4S");
        env.put("PERF_SYNC_STARTUP_RETRY_DELAY", "PT0.5S");
        env.put("PERF_SYNC_PUSH_BACKOFF_BASE", "PT0.2S");
        env.put("PERF_SYNC_PUSH_BACKOFF_MAX", "PT0.5S");
        return builder.start();
    }

    private void awaitReady(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service process is running").isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within 120 s");
    }

    private String demoToken(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/demo-identities/finance-admin/token"))
                .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private JsonNode post(int port, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(202, 409);
        return json.readTree(r.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
