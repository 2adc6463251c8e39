package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.adapter.rest.shared.HostileWorkbooks;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
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
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hostile upload against the packaged embedded default, started as the README says (scripts/run.sh,
 * its JVM settings and maximum heap): a 4.8 MB declaration table whose sheet unpacks to 59 MB, eight at once from
 * a unit operator, while the liveness check and a normal authenticated read are polled every 100 ms. Three
 * rounds: the file as it is (its zip directory tells the truth), the same file with a directory that understates
 * the sheet (only counting the unpacked bytes finds out), and eight of the largest tables the limits let through
 * (20,000 rows for projects the unit does not have, refused by the import's rules). Every upload must be refused
 * with a 4xx problem (413, 422, or 429 from the bulkhead), never 5xx; the slowest health answer and the slowest
 * read while they run must stay within 1 s; the process must be alive afterwards. Prints the figures.
 * {@code -Dperf.it.java-opts="-Xmx..."} passes JVM options to run.sh (JAVA_OPTS), for measuring other heaps.
 */
class HostileUploadsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final int UPLOADS = 8;
    private static final long BOUND_MILLIS = 1_000;
    private static final Set<Integer> REFUSALS = Set.of(413, 422, 429);
    private static final Set<String> CODES = Set.of("SPREADSHEET_PART_TOO_LARGE", "SPREADSHEET_UNPACKED_TOO_LARGE",
            "SPREADSHEET_TOO_MANY_ROWS", "SPREADSHEETS_BUSY", "GOAL_IMPORT_REJECTED");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
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
    void eightHostileUploadsAreRefusedWhileHealthAndAReadAnswerWithinOneSecond() throws Exception {
        byte[] hostile = HostileWorkbooks.declarationTable(72_000, "105002", 42);
        long sheet = unpackedSheet(hostile);
        System.out.printf("[figures] hostile upload: %,d bytes, its sheet unpacks to %,d bytes (ratio %.1f, POI refuses from 100), 72,000 rows%n",
                hostile.length, sheet, (double) sheet / hostile.length);
        assertThat(hostile.length).isBetween(4_500_000, 5_242_880);
        assertThat(sheet).isBetween(55_000_000L, 65_000_000L);

        Path dataDir = Files.createTempDirectory("daxiang-hostile-uploads");
        int port = ServiceProcess.freePort();
        service = start(dataDir, port);
        awaitReady(port);
        String operator = token(port, "kindergarten-operator");
        String reader = token(port, "finance-admin");
        for (int i = 0; i < 5; i++) {
            assertThat(get(port, "/api/v1/budget-units/105001", reader).statusCode()).isEqualTo(200);
        }
        String command = Files.readString(Path.of("/proc", Long.toString(service.pid()), "cmdline")).replace('\0', ' ').strip();
        System.out.printf("[figures] service ready, RSS %s: %s%n", status("VmRSS"), command);
        assertThat(command).as("run.sh gives the JVM a maximum heap").contains("-Xmx");

        round(port, operator, reader, "as it is (true zip directory)", hostile);
        round(port, operator, reader, "zip directory understating the sheet", HostileWorkbooks.withDeclaredSheetSize(hostile, 1_000_000));
        round(port, operator, reader, "largest table within the limits (20,000 rows, unknown projects)",
                HostileWorkbooks.declarationTable(20_000, "105002", 43));

        assertThat(service.isAlive()).as("the service process is alive (target/hostile-uploads-it.log)").isTrue();
        assertThat(get(port, "/q/health/live", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/api/v1/budget-units/105001", reader).statusCode()).isEqualTo(200);
        System.out.printf("[figures] service alive afterwards; peak RSS (VmHWM) %s, RSS now %s%n", status("VmHWM"), status("VmRSS"));
    }

    private void round(int port, String operator, String reader, String name, byte[] table) throws Exception {
        Poll health = new Poll();
        Poll read = new Poll();
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(2);
        try {
            // Each poller asks every 100 ms, or right after an answer slower than that.
            pollers.scheduleAtFixedRate(() -> poll(health, () -> get(port, "/q/health/live", null)), 0, 100, TimeUnit.MILLISECONDS);
            pollers.scheduleAtFixedRate(() -> poll(read, () -> get(port, "/api/v1/budget-units/105001", reader)), 0, 100, TimeUnit.MILLISECONDS);
            awaitAnswers("the pollers' first answers, before the uploads start", health, 1, read, 1);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> uploads = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                uploads.add(pool.submit(() -> {
                    start.await();
                    long begin = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/performance-goals/imports"))
                            .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + operator)
                            .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(table)).build(), HttpResponse.BodyHandlers.ofString());
                    long millis = (System.nanoTime() - begin) / 1_000_000;
                    String code = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                            ? json.readTree(r.body()).path("code").asText() : "(not a problem: " + r.headers().firstValue("Content-Type").orElse("") + ")";
                    return r.statusCode() + " " + code + " " + millis + " ms";
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> upload : uploads) {
                answers.add(upload.get(300, TimeUnit.SECONDS));
            }
            awaitAnswers("an answer of each poller after the uploads", health, health.count.get() + 1, read, read.count.get() + 1);
            pollers.shutdown();
            assertThat(pollers.awaitTermination(30, TimeUnit.SECONDS)).as("the pollers' last answers").isTrue();

            System.out.printf("[figures] round \"%s\": %d uploads of %,d bytes at once%n", name, UPLOADS, table.length);
            for (int i = 0; i < answers.size(); i++) {
                System.out.printf("[figures]   upload %d: %s%n", i + 1, answers.get(i));
            }
            System.out.printf("[figures]   slowest health answer %d ms (%d polls, %d failed), slowest read %d ms (%d polls, %d failed); peak RSS so far %s%n",
                    health.slowest.get(), health.count.get(), health.failures.get(), read.slowest.get(), read.count.get(), read.failures.get(),
                    status("VmHWM"));
            for (String answer : answers) {
                String[] parts = answer.split(" ");
                assertThat(Integer.parseInt(parts[0])).as("upload answer " + answer).isIn(REFUSALS);
                assertThat(parts[1]).as("upload answer " + answer).isIn(CODES);
            }
            assertThat(health.failures.get()).as("failed health polls").isZero();
            assertThat(read.failures.get()).as("failed reads").isZero();
            assertThat(health.slowest.get()).as("slowest health answer, ms").isLessThanOrEqualTo(BOUND_MILLIS);
            assertThat(read.slowest.get()).as("slowest read, ms").isLessThanOrEqualTo(BOUND_MILLIS);
            assertThat(service.isAlive()).isTrue();
        } finally {
            pollers.shutdownNow();
            pool.shutdownNow();
        }
    }

    /** The slowest answer of a polled request, how many were sent and how many did not answer 200. */
    private static final class Poll {
        final AtomicLong slowest = new AtomicLong();
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static void poll(Poll poll, Call call) {
        long begin = System.nanoTime();
        boolean ok;
        try {
            ok = call.send().statusCode() == 200;
        } catch (Exception e) {
            ok = false;
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        poll.count.incrementAndGet();
        poll.slowest.accumulateAndGet(millis, Math::max);
        if (!ok) {
            poll.failures.incrementAndGet();
        }
    }

    private static void awaitAnswers(String alias, Poll health, int healthCount, Poll read, int readCount) {
        await(alias).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                .until(() -> health.count.get() >= healthCount && read.count.get() >= readCount);
    }

    private static String javaOpts() {
        return System.getProperty("perf.it.java-opts", "");
    }

    private Process start(Path dataDir, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("scripts/run.sh").toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "hostile-uploads-it.log").toFile());
        builder.environment().put("PERF_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PERF_RUN_NO_BUILD", "1");
        builder.environment().put("PERF_RUN_NO_TRAINING", "1");
        if (!javaOpts().isEmpty()) {
            builder.environment().put("JAVA_OPTS", javaOpts());
        }
        return builder.start();
    }

    private void awaitReady(int port) {
        await("the service ready (target/hostile-uploads-it.log)").atMost(Duration.ofSeconds(120)).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
                    assertThat(service.isAlive()).as("the service process is running (target/hostile-uploads-it.log)").isTrue();
                    try {
                        // Ready, and the sample's background loading done, so that the figures measure the hostile load alone.
                        HttpResponse<String> ready = get(port, "/q/health/ready", null);
                        return ready.statusCode() == 200 && !ready.body().matches("(?s).*\"state\"\\s*:\\s*\"(LOADING|WAITING_FOR_SYNC)\".*");
                    } catch (IOException notYetListening) {
                        return false;
                    }
                });
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(int port, String identity) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/demo-identities/" + identity + "/token"))
                .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("demo token of " + identity).isEqualTo(200);
        return r.body();
    }

    /** A line of /proc/<pid>/status of the service (run.sh execs java, so the process is the JVM). */
    private String status(String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(service.pid()), "status")).stream()
                    .filter(l -> l.startsWith(field + ":")).map(l -> l.substring(field.length() + 1).strip())
                    .map(kb -> String.format("%,d MB", Long.parseLong(kb.replace(" kB", "")) / 1024)).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long unpackedSheet(byte[] file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(HostileWorkbooks.SHEET_ENTRY)) {
                    return zip.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }
        throw new AssertionError("no sheet");
    }
}
