package cn.gov.daxiang.perf.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the packaged embedded default exactly as the README says (scripts/run.sh), with no configuration
 * but a free port and a fresh data folder, and calls it over HTTP: the run command cannot silently break.
 * Prints start-up time and resident memory as measurements; it asserts behaviour only.
 */
class EmbeddedDefaultIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    @Test
    void theRunCommandServesTheSampleDistrictAndReportsReady() throws Exception {
        Path dataDir = Files.createTempDirectory("daxiang-perf-it");
        int port = freePort();

        // First start of a fresh data folder: builds the database and the sample district.
        service = start(dataDir, port, "first");
        awaitFirstAnswer(port);
        awaitReady(port);

        JsonNode projects = getJson(port, "/api/v1/projects?size=100");
        assertThat(projects.get("total").asInt()).isGreaterThanOrEqualTo(50);
        List<String> names = new ArrayList<>();
        projects.get("items").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).anyMatch(n -> n.contains("城镇老旧小区改造"))
                .anyMatch(n -> n.contains("犬木塘水库工程"))
                .anyMatch(n -> n.contains("托育综合服务中心"));

        JsonNode education = getJson(port, "/api/v1/budget-units/105001");
        assertThat(education.get("subordinateUnits").size()).isGreaterThanOrEqualTo(2);
        assertThat(getJson(port, "/q/health/ready").get("status").asText()).isEqualTo("UP");

        // The 2024 report's key evaluations, recorded through the use cases after the start-up sync; every figure computed.
        JsonNode keyEvaluations = getJson(port, "/api/v1/key-evaluations/summary?fiscalYear=2024");
        System.out.printf("[sample] 2024 key evaluations: %s%n", keyEvaluations);
        assertThat(keyEvaluations.get("count").asInt()).isEqualTo(11);
        assertThat(keyEvaluations.get("totalWanYuan").decimalValue()).isEqualByComparingTo("44369.7");
        Map<String, Integer> grades = new java.util.HashMap<>();
        keyEvaluations.get("grades").forEach(g -> grades.put(g.get("grade").get("code").asText(), g.get("count").asInt()));
        assertThat(grades).containsEntry("EXCELLENT", 1).containsEntry("GOOD", 10);
        Map<String, String> averages = new java.util.HashMap<>();
        keyEvaluations.get("averages").forEach(a -> averages.put(a.get("category").get("code").asText(), a.get("averageScore").decimalValue().toPlainString()));
        assertThat(averages).containsEntry("DEPARTMENT_OVERALL", "88.37").containsEntry("SPECIAL_FUND", "86.47");
        Map<String, Integer> kinds = new java.util.HashMap<>();
        keyEvaluations.get("bySubjectKind").forEach(k -> kinds.put(k.get("subjectKind").get("code").asText(), k.get("count").asInt()));
        assertThat(kinds).containsEntry("SPECIAL_BOND", 4).containsEntry("SOCIAL_SECURITY_FUND", 1)
                .containsEntry("GOVERNMENT_PURCHASED_SERVICE", 1).containsEntry("DEPARTMENT_OVERALL", 5);

        // The 126 units' 2023 部门整体 self-evaluations, recorded in the background after readiness; then the annual report
        // of 2024 reproduces every figure of the bureau's 2024 work report from the records.
        long loaded = awaitSampleSelfEvaluations(port);
        System.out.printf("[measurement] sample self-evaluations (126 goals and self-evaluations) recorded in %d ms after the start-up sync%n", loaded);
        JsonNode report = getJson(port, "/api/v1/annual-reports/2024");
        System.out.printf("[sample] annual report 2024: %s%n", report.get("paragraphs"));
        assertAnnualReport2024(report);
        // Each accepted sample evaluation's finding proposed a rectification: 11 items issued at acceptance, due 60 days later.
        JsonNode rectifications = getJson(port, "/api/v1/rectifications/summary?year=2024");
        System.out.printf("[sample] 2024 rectifications: %s%n", rectifications.get("total"));
        assertThat(rectifications.get("total").get("items").asInt()).isEqualTo(11);
        assertThat(rectifications.get("total").get("byState").get("ISSUED").asInt()).isEqualTo(11);
        assertThat(rectifications.get("total").get("overdue").asInt()).isZero();

        // A restart on the same data changes nothing: the sample import is an idempotent upsert.
        int total = projects.get("total").asInt();
        stop();
        long started = System.nanoTime();
        service = start(dataDir, port, "second");
        HttpResponse<String> firstAnswer = awaitFirstAnswer(port);
        long firstResponseMillis = (System.nanoTime() - started) / 1_000_000;
        JsonNode firstProjects = getJson(port, "/api/v1/projects?size=20");
        long firstProjectsMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[measurement] embedded default restart: first response after %d ms, first authenticated "
                + "project list after %d ms, RSS then %s%n", firstResponseMillis, firstProjectsMillis, residentMemory(service.pid()));
        assertThat(firstAnswer.statusCode()).isEqualTo(200);
        assertThat(firstProjects.get("items").size()).isEqualTo(20);
        awaitReady(port);
        assertThat(getJson(port, "/api/v1/projects?size=1").get("total").asInt()).isEqualTo(total);
        assertThat(getJson(port, "/api/v1/key-evaluations/summary?fiscalYear=2024").get("count").asInt())
                .as("the sample's key evaluations are recorded once, not again at restart").isEqualTo(11);
        assertThat(getJson(port, "/api/v1/key-evaluations?fiscalYear=2024&size=100").get("total").asInt()).isEqualTo(11);
        assertThat(getJson(port, "/api/v1/rectifications/summary?year=2024").get("total").get("items").asInt())
                .as("the sample's rectifications are issued once, not again at restart").isEqualTo(11);
        awaitSampleSelfEvaluations(port);
        assertAnnualReport2024(getJson(port, "/api/v1/annual-reports/2024"));
        assertThat(getJson(port, "/api/v1/self-evaluations?fiscalYear=2023&kind=DEPARTMENT_OVERALL&size=1").get("total").asInt())
                .as("the sample's self-evaluations are recorded once, not again at restart").isEqualTo(126);
    }

    /** The figures of ../shared/reference/2024-work-report-daxiang.txt, computed by the service from its records. */
    private static void assertAnnualReport2024(JsonNode report) {
        JsonNode self = report.get("selfEvaluationCoverage");
        assertThat(self.get("fiscalYear").asInt()).isEqualTo(2023);
        assertThat(self.get("unitsInScope").asInt()).isEqualTo(126);
        assertThat(self.get("unitsEvaluated").asInt()).isEqualTo(126);
        assertThat(self.get("money").get("wanYuan").decimalValue()).isEqualByComparingTo("81648.29");
        assertThat(self.get("money").get("yuan").decimalValue()).isEqualByComparingTo("816482900.00");
        JsonNode keys = report.get("keyEvaluations");
        assertThat(keys.get("count").asInt()).isEqualTo(11);
        assertThat(keys.get("total").get("wanYuan").decimalValue()).isEqualByComparingTo("44369.7");
        Map<String, Integer> kinds = new java.util.HashMap<>();
        keys.get("bySubjectKind").forEach(k -> kinds.put(k.get("subjectKind").get("code").asText(), k.get("count").asInt()));
        assertThat(kinds).isEqualTo(Map.of("SPECIAL_BOND", 4, "SOCIAL_SECURITY_FUND", 1, "GOVERNMENT_PURCHASED_SERVICE", 1, "DEPARTMENT_OVERALL", 5));
        Map<String, Integer> grades = new java.util.HashMap<>();
        report.get("gradeDistribution").get("keyEvaluations").forEach(g -> grades.put(g.get("grade").get("code").asText(), g.get("count").asInt()));
        assertThat(grades).containsEntry("EXCELLENT", 1).containsEntry("GOOD", 10).containsEntry("WEAK", 0).containsEntry("POOR", 0);
        Map<String, String> averages = new java.util.HashMap<>();
        report.get("averageScores").get("categories").forEach(a -> averages.put(a.get("category").get("code").asText(), a.get("averageScore").decimalValue().toPlainString()));
        assertThat(averages).isEqualTo(Map.of("DEPARTMENT_OVERALL", "88.37", "SPECIAL_FUND", "86.47"));
        List<String> paragraphs = new ArrayList<>();
        report.get("paragraphs").get("zh").forEach(p -> paragraphs.add(p.asText()));
        assertThat(paragraphs).contains("对126个区本级预算单位2023年度部门整体支出开展绩效自评，涉及财政资金81648.29万元，实现预算单位整体支出绩效自评全覆盖。",
                "重点评价的11个项目，绩效评价结果为1个项目优，10个项目良。",
                "其中：5个部门整体支出绩效评价平均得分88.37分，6个专项资金绩效评价平均得分86.47分。");
        assertThat(paragraphs).anyMatch(p -> p.startsWith("重点预算绩效评价项目11个（其中：专项债券项目4个，") && p.endsWith("金额共计44369.7万元。"));
    }

    /** Waits until the sample loader reports LOADED in readiness; answers the time it took (ms, as it measured it). */
    private long awaitSampleSelfEvaluations(int port) {
        JsonNode check = await("the sample self-evaluations").atMost(Duration.ofMinutes(6)).pollInSameThread()
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    assertThat(service.isAlive()).as("the service process is running").isTrue();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    for (JsonNode c : json.readTree(r.body()).get("checks")) {
                        if (c.get("name").asText().equals("sample self-evaluations")) {
                            assertThat(c.get("data").get("state").asText()).as("sample self-evaluations").isNotEqualTo("FAILED");
                            return c;
                        }
                    }
                    return null;
                }, c -> c != null && c.get("data").get("state").asText().equals("LOADED"));
        return check.get("data").get("loadedInMillis").asLong();
    }

    private Process start(Path dataDir, int port, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("scripts/run.sh").toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "embedded-default-it-" + name + ".log").toFile());
        builder.environment().put("PERF_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PERF_RUN_NO_BUILD", "1");
        return builder.start();
    }

    private HttpResponse<String> awaitFirstAnswer(int port) {
        return await("the embedded default's first answer").atMost(Duration.ofSeconds(90)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20)).until(() -> {
                    assertThat(service.isAlive()).as("the service process is running (see target/embedded-default-it-*.log)").isTrue();
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/demo-identities")).build(),
                                HttpResponse.BodyHandlers.ofString());
                    } catch (IOException notYetListening) {
                        return null;
                    }
                }, Objects::nonNull);
    }

    private void awaitReady(int port) {
        await("the embedded default ready").atMost(Duration.ofSeconds(90)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    assertThat(service.isAlive()).as("the service process is running").isTrue();
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                    } catch (IOException notYetListening) {
                        return false;
                    }
                });
    }

    private JsonNode getJson(int port, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Bearer " + demoToken(port, "finance-admin"));
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return json.readTree(r.body());
    }

    /** The README's one step: a demo identity's token from the embedded default itself. */
    private String demoToken(int port, String identity) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/demo-identities/" + identity + "/token"))
                .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("demo token").isEqualTo(200);
        return r.body();
    }

    private static String residentMemory(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
