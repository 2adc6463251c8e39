package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes of the production artifact on one PostgreSQL database, each asked at the same moment to
 * synchronise with the province: the database-held lease lets one run go ahead and refuses the other, so the
 * province is read once and the run history shows one run on both nodes.
 * <p>
 * The nodes share a schema of their own in the test database (dropped and recreated here), trust a key pair made
 * for this test, and talk over real HTTP to the simulator running in this JVM.
 */
class TwoInstancesOnePostgresIT {

    private static final Path APP = Path.of("target", "production-it", "quarkus-run.jar").toAbsolutePath();
    private static final String SCHEMA = "two_instances_it";
    private static final String ISSUER = "https://sso.daxiang.test/two-instances";
    private static final String AUDIENCE = "daxiang-perf";

    private final ProvincialPlatformSimulator simulator = ProvincialPlatformSimulator.start(0, 11L);
    private final List<ServiceProcess> nodes = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (ServiceProcess node : nodes) {
            node.close();
        }
        simulator.close();
    }

    @Test
    void twoNodesTriggeredTogetherMakeOneRunNotTwo() throws Exception {
        assertThat(APP).as("the production build for the integration tests (adapters-rest pom)").exists();
        simulator.seedSampleDistrict();
        simulator.generateProjects(1500, 2025, 300_000L);
        simulator.faults().delayRate = 1.0; // every page 100 ms late: the run lasts long enough for both triggers to meet it
        simulator.faults().delayMillis = 100;
        recreateSchema();
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = Files.createTempFile("two-instances", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        String token = Jwt.issuer(ISSUER).audience(AUDIENCE).subject("sync-node-test").upn("sync-node-test")
                .groups(Set.of("FINANCE_ADMIN")).expiresIn(Duration.ofHours(1)).sign(keys.getPrivate());

        // The first node migrates the empty schema; the second finds it migrated.
        ServiceProcess first = start("a", publicKey);
        first.awaitReady("target/two-instances-a.log");
        ServiceProcess second = start("b", publicKey);
        second.awaitReady("target/two-instances-b.log");
        first.useToken(token);
        second.useToken(token);
        assertThat(first.get("/api/v1/sync/runs").get("total").asInt()).isZero();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (ServiceProcess node : nodes) {
                Callable<HttpResponse<String>> trigger = () -> {
                    together.await();
                    return node.postForResponse("/api/v1/sync/runs", "{}");
                };
                futures.add(pool.submit(trigger));
            }
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(202, 409);
        ObjectMapper json = new ObjectMapper();
        Map<Integer, JsonNode> byStatus = new HashMap<>();
        for (HttpResponse<String> answer : answers) {
            byStatus.put(answer.statusCode(), json.readTree(answer.body()));
        }
        assertThat(byStatus.get(409).get("code").asText()).isEqualTo("SYNC_RUN_IN_PROGRESS");
        String runId = byStatus.get(202).get("id").asText();
        ServiceProcess runner = answers.get(0).statusCode() == 202 ? first : second;
        JsonNode run = runner.awaitRunFinished(runId);
        assertThat(run.get("state").get("code").asText()).isEqualTo("SUCCEEDED");

        for (ServiceProcess node : nodes) {
            JsonNode runs = node.get("/api/v1/sync/runs");
            assertThat(runs.get("total").asInt()).as("one run in the shared history").isEqualTo(1);
            assertThat(runs.get("items").get(0).get("id").asText()).isEqualTo(runId);
            node.assertDataEquals(simulator);
        }
        System.out.printf("[measurement] two nodes: run %s pulled %d records in %d page requests%n",
                runId, run.get("pulled").asLong(), simulator.pageRequests());
    }

    private ServiceProcess start(String name, Path publicKey) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrl() + (databaseUrl().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        env.put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("perf.test.db.username", "perf"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", System.getProperty("perf.test.db.password", "perf"));
        env.put("PERF_JWT_ISSUER", ISSUER);
        env.put("PERF_JWT_AUDIENCE", AUDIENCE);
        env.put("PERF_JWT_PUBLIC_KEY_LOCATION", publicKey.toUri().toString());
        env.put("PERF_SYNC_PROVINCIAL_URL", simulator.url());
        env.put("PERF_SYNC_CRON", "off");
        List<String> jvm = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"));
        jvm.addAll(ServiceProcess.quickRetries());
        ServiceProcess node = ServiceProcess.start(APP, jvm, env, ServiceProcess.freePort(), Path.of("target", "two-instances-" + name + ".log"));
        nodes.add(node);
        return node;
    }

    private static void recreateSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(databaseUrl(), System.getProperty("perf.test.db.username", "perf"),
                System.getProperty("perf.test.db.password", "perf")); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    private static String databaseUrl() {
        return System.getProperty("perf.test.db.url", "jdbc:postgresql://127.0.0.1:5432/perf_test");
    }
}
