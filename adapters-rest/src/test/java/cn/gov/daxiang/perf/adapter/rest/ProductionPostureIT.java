package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.adapter.rest.security.KeyEncodings;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production artifact (built for the integration tests into target/production-it) as an operator runs it:
 * health and metrics only on the management port, no API documentation unless the setting turns it on, security
 * headers and bounded token lifetimes on the API port, and no start at all when the verification key is the public
 * demo key, however it is encoded or served.
 */
class ProductionPostureIT {

    private static final Path APP = Path.of("target", "production-it", "quarkus-run.jar").toAbsolutePath();
    private static final String SCHEMA = "production_posture_it";
    private static final String ISSUER = "https://sso.daxiang.test/posture";
    private static final String AUDIENCE = "daxiang-perf";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<ServiceProcess> processes = new ArrayList<>();
    private HttpServer keyServer;

    @AfterEach
    void stop() throws InterruptedException {
        for (ServiceProcess process : processes) {
            process.close();
        }
        if (keyServer != null) {
            keyServer.stop(0);
        }
    }

    @Test
    void operationsEndpointsLiveOnTheManagementPortAndTheApiPortServesNoDocsByDefault() throws Exception {
        KeyPair keys = keyPair();
        ServiceProcess service = start("operations", Map.of("PERF_JWT_PUBLIC_KEY_LOCATION", pemFile(keys).toString()));
        service.awaitReady("target/production-posture-operations.log");
        String token = token(keys, Instant.now(), Duration.ofHours(1));
        assertThat(get(service.port(), "/api/v1/projects", token).statusCode()).isEqualTo(200);

        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            HttpResponse<String> onApiPort = get(service.port(), path, null);
            assertThat(onApiPort.statusCode()).as("API port " + path).isEqualTo(404);
            assertThat(onApiPort.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(onApiPort.headers().firstValue("X-Request-Id")).as(path).isPresent();
        }
        HttpResponse<String> ready = get(service.managementPort(), "/q/health/ready", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
        assertThat(ready.headers().firstValue("X-Content-Type-Options")).as("the management interface too").hasValue("nosniff");
        HttpResponse<String> metrics = get(service.managementPort(), "/q/metrics", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count").contains("jvm_");
        assertThat(get(service.managementPort(), "/q/openapi", null).statusCode()).as("no API document on the management port either")
                .isEqualTo(404);

        HttpResponse<String> longLived = get(service.port(), "/api/v1/projects", token(keys, Instant.now(), Duration.ofDays(36_500)));
        assertThat(longLived.statusCode()).as("a token valid for 100 years").isEqualTo(401);
        assertThat(longLived.body()).contains("NOT_AUTHENTICATED");
        assertThat(longLived.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> future = get(service.port(), "/api/v1/projects", token(keys, Instant.now().plus(Duration.ofHours(1)),
                Duration.ofHours(1)));
        assertThat(future.statusCode()).as("a token issued an hour from now").isEqualTo(401);
        System.out.printf("[figures] production-it: API port %d answers 404 for /q/*, management port %d answers health and "
                + "metrics (%d bytes)%n", service.port(), service.managementPort(), metrics.body().length());
    }

    @Test
    void theDocsSettingServesOpenApiAndSwaggerUiOnTheApiPort() throws Exception {
        KeyPair keys = keyPair();
        ServiceProcess service = start("docs", Map.of("PERF_JWT_PUBLIC_KEY_LOCATION", pemFile(keys).toString(),
                "PERF_API_DOCS_ENABLED", "true"));
        service.awaitReady("target/production-posture-docs.log");

        HttpResponse<String> document = get(service.port(), "/q/openapi?format=json", null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/projects/{projectCode}").doesNotContain("/api/v1/demo-identities");
        HttpResponse<String> ui = get(service.port(), "/q/swagger-ui/", null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'none'");
    }

    @Test
    void theProductionBuildRefusesToStartWithTheDemoKeyAsAJwksOverHttpOrAsPkcs1() throws Exception {
        RSAPublicKey demo = KeyEncodings.demoPublicKey();
        String jwksUrl = serveKeys(KeyEncodings.jwks(KeyEncodings.jwk(KeyEncodings.newKey(), "current"), KeyEncodings.jwk(demo, "old")));
        Path pkcs1 = Files.writeString(Files.createTempFile("demo-pkcs1", ".pem"), KeyEncodings.pkcs1Pem(demo));

        for (Map.Entry<String, String> form : Map.of("jwks-over-http", jwksUrl, "pkcs1-file", pkcs1.toString()).entrySet()) {
            Path log = Path.of("target", "production-posture-demo-" + form.getKey() + ".log");
            ServiceProcess service = start("demo-" + form.getKey(), Map.of("PERF_JWT_PUBLIC_KEY_LOCATION", form.getValue()));
            OptionalInt exit = service.awaitExit(Duration.ofSeconds(120));

            assertThat(exit).as(form.getKey() + ": the process ended by itself").isPresent();
            assertThat(exit.getAsInt()).as(form.getKey()).isNotZero();
            assertThat(Files.readString(log)).as(form.getKey()).contains("The public demo key is configured");
            System.out.printf("[figures] production-it with the demo key as %s: refused to start, exit code %d%n", form.getKey(),
                    exit.getAsInt());
        }
    }

    private ServiceProcess start(String name, Map<String, String> settings) throws Exception {
        assertThat(APP).as("the production build for the integration tests (adapters-rest pom)").exists();
        recreateSchema();
        Map<String, String> env = new HashMap<>(settings);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrl() + (databaseUrl().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        env.put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("perf.test.db.username", "perf"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", System.getProperty("perf.test.db.password", "perf"));
        env.put("PERF_JWT_ISSUER", ISSUER);
        env.put("PERF_JWT_AUDIENCE", AUDIENCE);
        env.put("PERF_SYNC_CRON", "off");
        ServiceProcess process = ServiceProcess.start(APP, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"), env,
                ServiceProcess.freePort(), Path.of("target", "production-posture-" + name + ".log"));
        processes.add(process);
        return process;
    }

    private static KeyPair keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static Path pemFile(KeyPair keys) throws IOException {
        return Files.writeString(Files.createTempFile("posture-idp", ".pem"), KeyEncodings.pem("PUBLIC KEY", keys.getPublic().getEncoded()));
    }

    private static String token(KeyPair keys, Instant issuedAt, Duration lifetime) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("posture-test").upn("posture-test").groups(Set.of("AUDITOR"))
                .issuedAt(issuedAt).expiresAt(issuedAt.plus(lifetime)).sign(keys.getPrivate());
    }

    private String serveKeys(String jwks) throws IOException {
        keyServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keyServer.createContext("/certs", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        keyServer.start();
        return "http://127.0.0.1:" + keyServer.getAddress().getPort() + "/certs";
    }

    private static HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
