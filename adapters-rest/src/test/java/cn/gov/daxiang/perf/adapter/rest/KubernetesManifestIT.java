package cn.gov.daxiang.perf.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifest the production build generates (quarkus-kubernetes, written by the production build for
 * the integration tests into target/kubernetes, as {@code -Pproduction} does): a Deployment of several replicas probed on the management interface, with resource requests
 * and limits, a heap sized to the memory limit, every database and token setting from a Secret and none in the
 * manifest, the evidence files on one shared claim, a Service for the API port only, and a grace period the
 * graceful shutdown fits in.
 */
class KubernetesManifestIT {

    static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final int API_PORT = 8080;
    private static final int MANAGEMENT_PORT = 9000;
    private static final Set<String> SECRET_SETTINGS = Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD", "PERF_JWT_ISSUER", "PERF_JWT_AUDIENCE", "PERF_JWT_PUBLIC_KEY_LOCATION");

    private static String text;
    private static JsonNode deployment;
    private static JsonNode service;
    private static JsonNode container;

    @BeforeAll
    static void readManifest() throws IOException {
        assertThat(MANIFEST).as("the manifest of the production build for the integration tests").isRegularFile();
        text = Files.readString(MANIFEST);
        Map<String, JsonNode> byKind = new HashMap<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var documents = yaml.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && document.has("kind")) {
                    assertThat(byKind.put(document.get("kind").asText(), document)).as("one " + document.get("kind")).isNull();
                }
            }
        }
        deployment = byKind.get("Deployment");
        service = byKind.get("Service");
        assertThat(deployment).as("a Deployment").isNotNull();
        assertThat(service).as("a Service").isNotNull();
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertThat(containers.size()).as("one container").isEqualTo(1);
        container = containers.get(0);
        System.out.printf("[figures] %s: Deployment %s, %d replicas, image %s%n", MANIFEST, deployment.at("/metadata/name").asText(),
                deployment.at("/spec/replicas").asInt(), container.get("image").asText());
    }

    @Test
    void theDeploymentRunsSeveralReplicasOfTheImage() {
        assertThat(deployment.at("/metadata/name").asText()).isEqualTo("daxiang-perf");
        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(container.get("image").asText()).matches("([a-z0-9.-]+/)?daxiang/daxiang-perf:[0-9A-Za-z.-]+");
    }

    @Test
    void probesAskTheManagementInterfaceWhichTheServiceDoesNotExpose() {
        Map<String, Integer> ports = new HashMap<>();
        container.get("ports").forEach(p -> ports.put(p.get("name").asText(), p.get("containerPort").asInt()));
        assertThat(ports).containsEntry("http", API_PORT).containsEntry("management", MANAGEMENT_PORT);

        Map<String, String> paths = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/started");
        paths.forEach((probe, path) -> {
            JsonNode action = container.at("/" + probe + "/httpGet");
            assertThat(action.isMissingNode()).as(probe).isFalse();
            assertThat(action.get("path").asText()).as(probe + " path").isEqualTo(path);
            JsonNode port = action.get("port");
            int number = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
            assertThat(number).as(probe + " port").isEqualTo(MANAGEMENT_PORT);
        });

        List<Integer> targets = new ArrayList<>();
        service.at("/spec/ports").forEach(p -> {
            JsonNode target = p.get("targetPort");
            targets.add(target.isInt() ? target.asInt() : ports.getOrDefault(target.asText(), -1));
        });
        assertThat(targets).as("the Service's target ports").containsExactly(API_PORT);
    }

    @Test
    void resourcesAreRequestedAndLimitedAndTheHeapFollowsTheLimit() {
        JsonNode resources = container.get("resources");
        for (String field : List.of("/requests/memory", "/requests/cpu", "/limits/memory", "/limits/cpu")) {
            assertThat(resources.at(field).asText()).as(field).isNotBlank();
        }
        assertThat(mebibytes(resources.at("/limits/memory").asText()))
                .isGreaterThanOrEqualTo(mebibytes(resources.at("/requests/memory").asText()));
        String javaOpts = env().get("JAVA_OPTS_APPEND").path("value").asText();
        assertThat(javaOpts).contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx");
    }

    @Test
    void databaseAndTokenSettingsComeFromSecretsAndNoneIsInTheManifest() {
        Map<String, JsonNode> env = env();
        for (String name : SECRET_SETTINGS) {
            JsonNode variable = env.get(name);
            assertThat(variable).as(name).isNotNull();
            assertThat(variable.has("value")).as(name + " has no literal value").isFalse();
            assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).as(name + " secret").isNotBlank();
            assertThat(variable.at("/valueFrom/secretKeyRef/key").asText()).as(name + " key").isNotBlank();
        }
        env.forEach((name, variable) -> {
            if (name.contains("PASSWORD") || name.contains("JDBC") || name.contains("JWT") || name.contains("SECRET")) {
                assertThat(variable.has("value")).as(name + " has no literal value").isFalse();
            }
        });
        assertThat(text).doesNotContain("jdbc:").doesNotContain("BEGIN ").doesNotContainIgnoringCase("password:");

        JsonNode mount = null;
        for (JsonNode m : container.path("volumeMounts")) {
            if (m.get("mountPath").asText().equals("/etc/daxiang-perf/jwt")) {
                mount = m;
            }
        }
        assertThat(mount).as("the identity provider's public key, mounted").isNotNull();
        assertThat(mount.get("readOnly").asBoolean()).isTrue();
        String volumeName = mount.get("name").asText();
        JsonNode volume = null;
        for (JsonNode v : deployment.at("/spec/template/spec/volumes")) {
            if (v.get("name").asText().equals(volumeName)) {
                volume = v;
            }
        }
        assertThat(volume).isNotNull();
        assertThat(volume.at("/secret/secretName").asText()).isEqualTo("perf-jwt-key");
    }

    @Test
    void everyReplicaKeepsEvidenceFilesOnTheOneSharedClaim() {
        assertThat(env().get("PERF_EVIDENCE_DIR").path("value").asText()).isEqualTo("/var/lib/daxiang-perf/evidence");
        String volumeName = null;
        for (JsonNode m : container.path("volumeMounts")) {
            if (m.get("mountPath").asText().equals("/var/lib/daxiang-perf/evidence")) {
                volumeName = m.get("name").asText();
                assertThat(m.path("readOnly").asBoolean(false)).isFalse();
            }
        }
        assertThat(volumeName).as("the evidence folder, mounted").isNotNull();
        JsonNode claim = null;
        for (JsonNode v : deployment.at("/spec/template/spec/volumes")) {
            if (v.get("name").asText().equals(volumeName)) {
                claim = v.get("persistentVolumeClaim");
            }
        }
        assertThat(claim).as("a persistent volume claim").isNotNull();
        assertThat(claim.get("claimName").asText()).isEqualTo("perf-evidence");
    }

    @Test
    void theGracePeriodHoldsTheGracefulShutdown() throws IOException {
        int grace = deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt(-1);
        // The shutdown settings of the production profile: the delay before refusing work and the wait for
        // in-flight requests (both absent means Quarkus stops at once).
        Path properties = Path.of("src", "main", "resources", "application.properties");
        long shutdown = seconds(Files.readString(properties), "quarkus.shutdown.timeout")
                + seconds(Files.readString(properties), "quarkus.shutdown.delay");
        System.out.printf("[figures] terminationGracePeriodSeconds %d, shutdown delay + timeout %d s%n", grace, shutdown);
        assertThat(grace).isGreaterThan((int) shutdown).isGreaterThanOrEqualTo(15);
    }

    private static Map<String, JsonNode> env() {
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(v -> env.put(v.get("name").asText(), v));
        return env;
    }

    /** The production value of a duration property (%production wins over the default), in seconds; 0 if unset. */
    private static long seconds(String properties, String key) {
        long value = 0;
        for (String prefix : List.of("", "%production.")) {
            // 10s, 10S, PT10S, 500ms, or a ${VARIABLE:default} around one of them
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(prefix + key) + "\\s*=\\s*(?:\\$\\{[^:}]*:)?(?:PT)?(\\d+)(ms|s|m)?",
                    Pattern.CASE_INSENSITIVE).matcher(properties);
            if (m.find()) {
                long n = Long.parseLong(m.group(1));
                value = switch (m.group(2) == null ? "s" : m.group(2).toLowerCase()) {
                    case "ms" -> (n + 999) / 1000;
                    case "m" -> n * 60;
                    default -> n;
                };
            }
        }
        return value;
    }

    private static long mebibytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
        assertThat(m.matches()).as(quantity).isTrue();
        return Long.parseLong(m.group(1)) * (m.group(2).equals("Gi") ? 1024 : 1);
    }
}
