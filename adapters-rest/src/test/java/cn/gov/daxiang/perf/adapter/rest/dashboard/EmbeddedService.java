package cn.gov.daxiang.perf.adapter.rest.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged embedded default started exactly as the README says (scripts/run.sh) on a free port with a fresh data
 * folder, with the sample district loaded; and the API beside it, called with a demo identity's bearer token, to
 * compare the dashboard's figures with.
 */
final class EmbeddedService implements AutoCloseable {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Map<String, String> tokens = new HashMap<>();

    private EmbeddedService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static EmbeddedService start(String name) throws IOException {
        Path dataDir = Files.createTempDirectory("daxiang-perf-dashboard-it");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("scripts/run.sh").toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "dashboard-it-" + name + ".log").toFile());
        builder.environment().put("PERF_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PERF_RUN_NO_BUILD", "1");
        // The test drives the service harder than a person (every page, every API figure): no 429 from the per-caller limit.
        builder.environment().put("PERF_RATE_LIMIT_REQUESTS_PER_MINUTE", "6000000");
        builder.environment().put("PERF_RATE_LIMIT_BURST", "1000000");
        EmbeddedService service = new EmbeddedService(builder.start(), port);
        service.awaitSampleLoaded();
        return service;
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** Waits for readiness, then for the sample self-evaluations the loader records in the background. */
    private void awaitSampleLoaded() {
        await("the embedded default with its sample district").atMost(Duration.ofMinutes(8)).pollInSameThread()
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    assertThat(process.isAlive()).as("the service process is running (target/dashboard-it-*.log)").isTrue();
                    try {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            return false;
                        }
                        for (JsonNode check : JSON.readTree(r.body()).get("checks")) {
                            if (check.get("name").asText().equals("sample self-evaluations")) {
                                return check.get("data").get("state").asText().equals("LOADED");
                            }
                        }
                        return false;
                    } catch (IOException notYetListening) {
                        return false;
                    }
                });
    }

    /** GET an API path as a demo identity; asserts 200. */
    JsonNode api(String identity, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + token(identity)).header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s as %s: %s", path, identity, r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The status of a GET as a demo identity. */
    int apiStatus(String identity, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token(identity)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String token(String identity) throws IOException, InterruptedException {
        String cached = tokens.get(identity);
        if (cached != null) {
            return cached;
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/demo-identities/"
                        + URLEncoder.encode(identity, StandardCharsets.UTF_8) + "/token"))
                .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("demo token of %s", identity).isEqualTo(200);
        tokens.put(identity, r.body());
        return r.body();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
