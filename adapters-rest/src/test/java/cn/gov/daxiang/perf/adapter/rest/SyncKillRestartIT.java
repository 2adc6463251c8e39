package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged embedded default as a separate process, synchronising over real HTTP with the simulator running in
 * this JVM, killed with SIGKILL in the middle of a run and started again: afterwards its data equals the
 * province's (counts and content hash) and every report reached the province exactly once. A report committed but
 * not yet delivered when the process dies is delivered after the restart, once.
 */
class SyncKillRestartIT {

    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private final ProvincialPlatformSimulator simulator = ProvincialPlatformSimulator.start(0, 7L);
    private ServiceProcess service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.kill();
        }
        simulator.close();
    }

    @Test
    void aProcessKilledMidRunAndRestartedEndsWithTheProvincesDataAndEveryReportOnce() throws Exception {
        Path dataDir = Files.createTempDirectory("daxiang-sync-kill");
        int port = ServiceProcess.freePort();
        simulator.seedSampleDistrict();
        simulator.generateProjects(3000, 2025, 100_000L);
        simulator.faults().delayRate = 1.0;
        simulator.faults().delayMillis = 80;

        // 1. First start: the start-up run pulls page after page; kill -9 in the middle of it.
        service = start(dataDir, port, "first");
        await("the start-up run began").atMost(Duration.ofSeconds(120)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10)).until(() -> {
                    assertThat(service.isAlive()).as("service alive (target/sync-kill-first.log)").isTrue();
                    return simulator.pageRequests() >= 10;
                });
        service.kill();
        int pagesBeforeKill = simulator.pageRequests();
        assertThat(pagesBeforeKill).as("killed mid-run").isLessThan(35);

        // 2. Restart: the new start-up run waits for the dead run's lease to expire, abandons it and continues.
        service = start(dataDir, port, "second");
        service.awaitReady("target/sync-kill-second.log");
        service.useToken(demoToken(port));
        JsonNode runs = service.get("/api/v1/sync/runs?size=10");
        List<String> states = new ArrayList<>();
        runs.get("items").forEach(r -> states.add(r.get("state").get("code").asText()));
        assertThat(states).containsExactlyInAnyOrder("SUCCEEDED", "ABANDONED");
        assertThat(simulator.pageRequests() - pagesBeforeKill).as("the second run resumed, it did not start over")
                .isLessThan(35);
        service.assertDataEquals(simulator);
        assertEveryReportOnce();

        // 3. A report committed while the province takes no reports, then a kill before it could be delivered.
        simulator.faults().delayRate = 0;
        simulator.faults().reportsUnavailable = true;
        simulator.putProject("43050324T000000000001", "2024年度城镇老旧小区改造项目（续建）", "108002", 2024, "SPECIFIC_PURPOSE",
                List.of("SPECIAL_BOND"), "36500000.00", "4200000.00", "1800000.00");
        String runId = service.post("/api/v1/sync/runs", "{}").get("id").asText();
        JsonNode run = service.awaitRunFinished(runId);
        assertThat(run.get("pulled").asLong()).isEqualTo(1);
        assertThat(service.get("/api/v1/sync/outbox?state=PENDING").get("total").asInt()).as("the receipt waits in the outbox").isEqualTo(1);
        service.kill();

        simulator.faults().reportsUnavailable = false;
        service = start(dataDir, port, "third");
        service.awaitReady("target/sync-kill-third.log");
        service.useToken(demoToken(port));
        // A run every half second until one has delivered the pending receipt.
        await("the pending receipt is delivered after the restart").atMost(Duration.ofSeconds(60)).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (service.get("/api/v1/sync/outbox?state=PENDING").get("total").asInt() == 0) {
                        return true;
                    }
                    service.post("/api/v1/sync/runs", "{}");
                    return false;
                });
        service.assertDataEquals(simulator);
        assertEveryReportOnce();
        System.out.printf("[measurement] kill/restart: %d page requests before the kill, %d in all; %d report deliveries for %d reports%n",
                pagesBeforeKill, simulator.pageRequests(), simulator.deliveries().size(), simulator.acceptedReports().size());
    }

    private void assertEveryReportOnce() throws Exception {
        List<String> sent = new ArrayList<>();
        service.all("/api/v1/sync/outbox?state=SENT").forEach(m -> sent.add(m.get("idempotencyKey").asText()));
        Map<String, Integer> counts = simulator.acceptedCounts();
        assertThat(counts.values()).allMatch(n -> n == 1);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(sent);
    }

    private ServiceProcess start(Path dataDir, int port, String name) throws IOException {
        List<String> jvm = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        jvm.addAll(ServiceProcess.quickRetries());
        return ServiceProcess.start(APP, jvm, Map.of(
                "PERF_DATA_DIR", dataDir.toString(),
                "PERF_SYNC_TRANSPORT", "http",
                "PERF_SYNC_PROVINCIAL_URL", simulator.url(),
                "PERF_SYNC_RUN_ON_START", "true",
                "PERF_SYNC_CRON", "off",
                "PERF_SYNC_LEASE_TTL", "PT4S",
                "PERF_SYNC_STARTUP_RETRY_DELAY", "PT0.5S",
                "PERF_SYNC_PUSH_BACKOFF_BASE", "PT0.2S",
                "PERF_SYNC_PUSH_BACKOFF_MAX", "PT0.5S",
                // The 126-unit sample evaluations stay out: this province has only the 25 units, and the reports counted here are the sync's.
                "PERF_SAMPLE_SELF_EVALUATIONS", ""), port, Path.of("target", "sync-kill-" + name + ".log"));
    }

    private static String demoToken(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/demo-identities/finance-admin/token"))
                        .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
