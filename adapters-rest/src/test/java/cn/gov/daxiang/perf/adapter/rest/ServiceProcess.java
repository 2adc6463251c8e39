package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A packaged build of the service running as a process of its own, called over real HTTP with a bearer token:
 * what the integration tests start, kill, restart and compare with the provincial-platform simulator.
 * <p>
 * Every process gets a free management port of its own (PERF_MANAGEMENT_PORT): the production build serves health
 * and metrics there, not on its API port, and two nodes on one machine must not both take the default 9000. The
 * embedded default ignores it and answers health on its API port; readiness is polled on whichever answers.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final int managementPort;
    private String token;

    private ServiceProcess(Process process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts {@code java <jvmOptions> -jar <jar>} with the environment given, its output going to {@code log}. */
    static ServiceProcess start(Path jar, List<String> jvmOptions, Map<String, String> environment, int port, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        // The ITs drive the packaged service as hard as they can with a few test subjects: the rate limit per caller
        // (README.md, "Rate limits") would answer them 429, which is not what they test. First, so a caller may override it.
        command.addAll(List.of("-Dperf.rate-limit.requests-per-minute=6000000", "-Dperf.rate-limit.burst=1000000"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        int managementPort = environment.containsKey("PERF_MANAGEMENT_PORT")
                ? Integer.parseInt(environment.get("PERF_MANAGEMENT_PORT")) : freePort();
        builder.environment().put("PERF_MANAGEMENT_PORT", Integer.toString(managementPort));
        return new ServiceProcess(builder.start(), port, managementPort);
    }

    int port() {
        return port;
    }

    /** Where the production build answers health and metrics. */
    int managementPort() {
        return managementPort;
    }

    /** Waits for the process to end by itself (a refused start); its exit code, or empty when it is still running. */
    OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue())
                : OptionalInt.empty();
    }

    /** Fault-tolerance settings that keep the provincial client's retries short, as JVM options. */
    static List<String> quickRetries() {
        List<String> options = new ArrayList<>();
        for (String method : List.of("fetch", "deliver")) {
            String calls = "-Dquarkus.fault-tolerance.\"cn.gov.daxiang.perf.adapter.provincial.http.ProvincialHttpCalls/" + method + "\".";
            options.addAll(List.of(calls + "retry.delay=50", calls + "retry.jitter=20", calls + "exponential-backoff.max-delay=200",
                    calls + "circuit-breaker.delay=500"));
        }
        return options;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or released. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    void useToken(String bearerToken) {
        this.token = bearerToken;
    }

    void awaitReady(String log) {
        await("the service ready (" + log + ")").atMost(Duration.ofSeconds(120)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    assertThat(process.isAlive()).as("the service process is running (" + log + ")").isTrue();
                    for (int candidate : new int[] {managementPort, port}) {
                        try {
                            if (send(HttpRequest.newBuilder(URI.create("http://localhost:" + candidate + "/q/health/ready")).build()).statusCode() == 200) {
                                return true;
                            }
                        } catch (IOException notYetListening) {
                            // keep polling
                        }
                    }
                    return false;
                });
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(authorized(path).build());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** A POST answered 202 or 409 (a sync run started, or refused because one is under way). */
    JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = postForResponse(path, body);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(202, 409);
        return JSON.readTree(r.body());
    }

    HttpResponse<String> postForResponse(String path, String body) throws IOException, InterruptedException {
        return send(authorized(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Every item of a paged list. */
    List<JsonNode> all(String path) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            JsonNode p = get(path + separator + "size=100&page=" + page);
            p.get("items").forEach(items::add);
            if (page >= p.get("totalPages").asInt()) {
                return items;
            }
        }
    }

    JsonNode awaitRunFinished(String runId) {
        return await("run " + runId + " finished").atMost(Duration.ofSeconds(120)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> get("/api/v1/sync/runs/" + runId), run -> !run.get("state").get("code").asText().equals("RUNNING"));
    }

    /** The service's budget units and projects equal the province's: the same counts and the same content hash. */
    void assertDataEquals(ProvincialPlatformSimulator simulator) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (JsonNode u : all("/api/v1/budget-units")) {
            lines.add(ProvincialPlatformSimulator.agencyLine(u.get("unitCode").asText(), u.get("name").asText(),
                    u.path("supervisingDepartmentCode").isTextual() ? u.get("supervisingDepartmentCode").asText() : null, u.get("active").asBoolean()));
        }
        int units = lines.size();
        for (JsonNode p : all("/api/v1/projects")) {
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

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
