import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The load benchmark's data generator and its own small load clients (scripts/bench.sh runs it; zero dependencies:
 * {@code java scripts/bench/Generator.java <command>}). Everything goes through the production build's REST API over
 * real HTTP with RS256 tokens it signs itself (PKCS#8 key in {@code BENCH_PRIVATE_KEY}, issuer/audience in
 * {@code BENCH_ISSUER}/{@code BENCH_AUDIENCE}), against {@code BENCH_URL}.
 *
 * <ul>
 *   <li>{@code generate}: first sync from the simulator (units, projects, executions), goals through the declaration
 *   table import (one table per unit), the review to APPROVED, a monitoring round with a filled draft report per goal,
 *   self-evaluations through finance approval, key evaluations through acceptance (their findings issue
 *   rectifications), allocation proposals for the next budget year with a share confirmed. Prints each step's time and
 *   rate as {@code [benchmark]} lines and writes the ids the load test needs to {@code BENCH_STATE} (key=value).</li>
 *   <li>{@code token ROLE [UNIT]}: prints a bearer token (8 h) for the load tools.</li>
 *   <li>{@code write-load SECONDS CONCURRENCY}: a closed-loop load of real monitoring-report writes (PUT entries with
 *   If-Match, each worker on reports of its own), printing req/s, p50/p95/p99 and the status distribution.</li>
 * </ul>
 */
public class Generator {

    static final int YEAR = Integer.parseInt(env("BENCH_YEAR", "2025"));
    static final int INDICATORS = 10;
    static final String URL = env("BENCH_URL", "http://127.0.0.1:28100");
    static final int WORKERS = Integer.parseInt(env("BENCH_WORKERS", "8"));
    static final String[][] LEVELS = {{"产出", "数量"}, {"产出", "质量"}, {"产出", "时效"}, {"产出", "成本"}, {"效益", "经济效益"},
            {"效益", "社会效益"}, {"效益", "生态效益"}, {"效益", "可持续影响"}, {"满意度", "服务对象满意度"}, {"产出", "数量"}};

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "generate";
        try {
            switch (command) {
                case "generate" -> new Generator().generate();
                case "token" -> System.out.println(Tokens.sign(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null));
                case "write-load" -> WriteLoad.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
                default -> throw new IllegalArgumentException("generate | token ROLE [UNIT] | write-load SECONDS CONCURRENCY");
            }
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);   // worker threads of a failed run must not keep the JVM alive
        }
        System.exit(0);
    }

    // ------------------------------------------------------------------------------------------------ generate

    final String finance = Tokens.sign("FINANCE_ADMIN", null, null);
    final String sync = Tokens.sign("SYNC", null, null);
    final String evaluator = Tokens.sign("EVALUATOR", null, "ZHENRUI");
    final Map<String, String> operators = new ConcurrentHashMap<>();
    final Map<String, String> reviewers = new ConcurrentHashMap<>();
    final Map<String, String> state = new TreeMap<>();

    String operator(String unit) {
        return operators.computeIfAbsent(unit, u -> Tokens.sign("UNIT_OPERATOR", u, null));
    }

    /** The reviewer of the unit's department: units 9DDDss belong to 9DDD00 (scripts/bench: the simulator's district). */
    String reviewer(String unit) {
        String department = unit.substring(0, 4) + "00";
        return reviewers.computeIfAbsent(department, d -> Tokens.sign("DEPT_REVIEWER", d, null));
    }

    record Goal(String id, String unit, String project, List<String> indicators, long[] revision) {
    }

    void generate() throws Exception {
        long all = System.nanoTime();
        firstSync();
        Map<String, List<String>> projectsByUnit = projectsByUnit();
        List<Goal> goals = importGoals(projectsByUnit);
        approve(goals);
        monitoring(goals);
        selfEvaluations(goals);
        List<String> keyEvaluations = keyEvaluations(goals);
        decisions();
        state.put("goalId", goals.get(goals.size() / 2).id());
        state.put("projectCode", goals.get(goals.size() / 2).project());
        state.put("unitCode", goals.get(goals.size() / 2).unit());
        state.put("keyEvaluationId", keyEvaluations.isEmpty() ? "" : keyEvaluations.get(0));
        state.put("workYear", Integer.toString(YEAR + 1));
        state.put("fiscalYear", Integer.toString(YEAR));
        StringBuilder out = new StringBuilder();
        state.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        Files.writeString(Path.of(env("BENCH_STATE", "target/bench/state.properties")), out);
        System.out.printf(Locale.ROOT, "[benchmark] data set generated in %.1f s%n", (System.nanoTime() - all) / 1e9);
    }

    void firstSync() throws Exception {
        long start = System.nanoTime();
        Map<String, Object> run = Json.obj(Http.call(sync, "POST", "/api/v1/sync/runs", "{}", null, 202).body());
        String id = (String) run.get("id");
        Map<String, Object> seen = run;
        while (code(seen.get("state")).equals("RUNNING")) {
            Thread.sleep(200);
            seen = Json.obj(Http.call(sync, "GET", "/api/v1/sync/runs/" + id, null, null, 200).body());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!code(seen.get("state")).equals("SUCCEEDED")) {
            throw new IllegalStateException("the first sync did not succeed: " + Json.write(seen));
        }
        Map<String, Object> projects = Json.obj(Http.call(finance, "GET", "/api/v1/projects?fiscalYear=" + YEAR + "&size=1", null, null, 200).body());
        long count = ((BigDecimal) projects.get("total")).longValue();
        System.out.printf(Locale.ROOT, "[benchmark] first sync: %,d projects (%s changes pulled of units, projects and executions, %s upserted, %s pages) in %.1f s = %.1f s per 10,000 projects%n",
                count, seen.get("pulled"), seen.get("upserted"), ((Map<?, ?>) seen.get("progress")).get("pagesDone"), seconds, seconds * 10_000 / count);
        state.put("syncSeconds", String.format(Locale.ROOT, "%.2f", seconds));
        state.put("syncProjects", Long.toString(count));
    }

    static String code(Object coded) {
        if (coded instanceof Map<?, ?> m) {
            return String.valueOf(m.get("code"));
        }
        return String.valueOf(coded);
    }

    Map<String, List<String>> projectsByUnit() {
        Map<String, List<String>> byUnit = new TreeMap<>();
        for (int page = 1; ; page++) {
            Map<String, Object> answer = Json.obj(Http.call(finance, "GET", "/api/v1/projects?fiscalYear=" + YEAR + "&size=100&page=" + page,
                    null, null, 200).body());
            for (Object item : (List<?>) answer.get("items")) {
                Map<?, ?> p = (Map<?, ?>) item;
                byUnit.computeIfAbsent((String) p.get("unitCode"), u -> new ArrayList<>()).add((String) p.get("projectCode"));
            }
            if (page >= ((BigDecimal) answer.get("totalPages")).intValue()) {
                return byUnit;
            }
        }
    }

    List<Goal> importGoals(Map<String, List<String>> projectsByUnit) throws Exception {
        List<Goal> goals = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger rows = new AtomicInteger();
        // the tables are built before the clock starts: the figure is the service's import rate
        Map<String, byte[]> tables = new LinkedHashMap<>();
        projectsByUnit.forEach((unit, projects) -> {
            List<List<String>> table = new ArrayList<>();
            for (String project : projects) {
                for (int i = 0; i < INDICATORS; i++) {
                    String[] level = LEVELS[i];
                    table.add(Arrays.asList(null, "项目", Integer.toString(YEAR), unit, project, "完成" + project + "的年度任务。", null, null,
                            null, null, null, level[0], level[1], "指标" + i, "定量", "≥", Integer.toString(10 + i), null, "个", "10",
                            null, null, null));
                }
            }
            rows.addAndGet(table.size());
            tables.put(unit, Xlsx.declarationTable(table));
        });
        int workers = Integer.parseInt(env("BENCH_IMPORT_WORKERS", "2"));
        long start = System.nanoTime();
        parallel(new ArrayList<>(tables.keySet()), workers, unit -> {
            Http.Answer a = Http.call(operator(unit), "POST", "/api/v1/performance-goals/imports", tables.get(unit),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null, 201);
            for (Object g : (List<?>) Json.obj(a.body()).get("goals")) {
                goals.add(goalOf((Map<?, ?>) g));
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "[benchmark] goal import: %,d indicator rows (%,d goals, %,d tables, %d at once) in %.1f s = %,.0f rows/s%n",
                rows.get(), goals.size(), tables.size(), workers, seconds, rows.get() / seconds);
        state.put("importRows", Integer.toString(rows.get()));
        state.put("importSeconds", String.format(Locale.ROOT, "%.2f", seconds));
        goals.sort((a, b) -> a.project().compareTo(b.project()));
        return goals;
    }

    static Goal goalOf(Map<?, ?> g) {
        Map<?, ?> current = (Map<?, ?>) g.get("current");
        Map<?, ?> content = (Map<?, ?>) current.get("content");
        List<String> indicators = new ArrayList<>();
        for (Object i : (List<?>) content.get("indicators")) {
            indicators.add((String) ((Map<?, ?>) i).get("id"));
        }
        return new Goal((String) g.get("id"), (String) g.get("unitCode"), (String) g.get("projectCode"), indicators,
                new long[]{((BigDecimal) g.get("revision")).longValue()});
    }

    void approve(List<Goal> goals) throws Exception {
        long start = System.nanoTime();
        parallel(goals, WORKERS, g -> {
            step(operator(g.unit()), g, "submit", "{}");
            step(reviewer(g.unit()), g, "pass-department-review", "{\"note\":\"同意\"}");
            step(finance, g, "finance-review", "{\"grade\":\"EXCELLENT\"}");
            step(finance, g, "approve", "{}");
        });
        report("goal review to APPROVED", goals.size() * 4, "requests (" + goals.size() + " goals x 4 steps)", start);
    }

    void step(String token, Goal g, String action, String body) {
        Http.Answer a = Http.call(token, "POST", "/api/v1/performance-goals/" + g.id() + "/" + action, body, "\"" + g.revision()[0] + "\"", 200);
        g.revision()[0] = a.revision();
    }

    void monitoring(List<Goal> goals) throws Exception {
        String round = (String) Json.obj(Http.call(finance, "POST", "/api/v1/monitoring-rounds",
                "{\"fiscalYear\":" + YEAR + ",\"cutOffMonth\":9,\"dueDate\":\"" + (YEAR + 2) + "-12-31\"}", null, 201).body()).get("id");
        state.put("roundId", round);
        List<String> reports = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        parallel(goals, WORKERS, g -> {
            Http.Answer opened = Http.call(operator(g.unit()), "POST", "/api/v1/monitoring-reports",
                    "{\"roundId\":\"" + round + "\",\"goalId\":\"" + g.id() + "\"}", null, 201);
            String id = (String) Json.obj(opened.body()).get("id");
            if (reports.size() % 10 == 0) {   // one in ten filled here; the load test fills the rest
                Http.call(operator(g.unit()), "PUT", "/api/v1/monitoring-reports/" + id + "/entries", monitoringEntries(g, 1),
                        "\"" + opened.revision() + "\"", 200);
            }
            reports.add(g.unit() + " " + id);
        });
        report("monitoring reports opened (one in ten filled)", goals.size() * 11 / 10, "requests (" + goals.size() + " reports)", start);
        Collections.sort(reports);
        Files.writeString(Path.of(env("BENCH_REPORTS", "target/bench/reports.txt")), String.join("\n", reports) + "\n");
    }

    static String monitoringEntries(Goal g, int salt) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < g.indicators().size(); i++) {
            int target = 10 + i;
            lines.append(i == 0 ? "" : ",").append("{\"indicatorId\":\"").append(g.indicators().get(i)).append("\",\"actualToDate\":")
                    .append(target * 3 / 4 + salt % 3).append(",\"projectedYearEnd\":").append(target + salt % 2).append(",\"likelihood\":\"CERTAIN\"}");
        }
        return "{\"lines\":[" + lines + "]}";
    }

    void selfEvaluations(List<Goal> goals) throws Exception {
        long start = System.nanoTime();
        parallel(goals, WORKERS, g -> {
            String op = operator(g.unit());
            Http.Answer opened = Http.call(op, "POST", "/api/v1/self-evaluations", "{\"goalId\":\"" + g.id() + "\"}", null, 201);
            String id = (String) Json.obj(opened.body()).get("id");
            StringBuilder lines = new StringBuilder();
            int seedOf = Math.abs(g.project().hashCode());
            for (int i = 0; i < g.indicators().size(); i++) {
                int target = 10 + i;
                int actual = (seedOf >> i) % 4 == 0 ? target - 1 - i % 3 : target;   // about a quarter missed, with a reason
                lines.append(i == 0 ? "" : ",").append("{\"indicatorId\":\"").append(g.indicators().get(i)).append("\",\"actual\":").append(actual)
                        .append(actual < target ? ",\"deviationReason\":\"受项目进度影响未完全达成\"" : "").append("}");
            }
            long rev = Http.call(op, "PUT", "/api/v1/self-evaluations/" + id + "/entries",
                    "{\"overallAchievement\":\"年度总体目标基本完成\",\"lines\":[" + lines + "]}", "\"" + opened.revision() + "\"", 200).revision();
            rev = Http.call(op, "POST", "/api/v1/self-evaluations/" + id + "/submit", "{}", "\"" + rev + "\"", 200).revision();
            rev = Http.call(reviewer(g.unit()), "POST", "/api/v1/self-evaluations/" + id + "/dept-approve", "{}", "\"" + rev + "\"", 200).revision();
            Http.call(finance, "POST", "/api/v1/self-evaluations/" + id + "/finance-approve", "{}", "\"" + rev + "\"", 200);
        });
        report("self-evaluations through finance approval", goals.size() * 5, "requests (" + goals.size() + " evaluations x 5)", start);
    }

    /** One key evaluation per 180 goals (the sample: 11 for 126 units), each with two findings that issue rectifications. */
    List<String> keyEvaluations(List<Goal> goals) throws Exception {
        List<Goal> chosen = new ArrayList<>();
        for (int i = 0; i < goals.size(); i += 180) {
            chosen.add(goals.get(i));
        }
        Map<String, Object> framework = Json.obj(Http.call(finance, "GET", "/api/v1/evaluation-frameworks/DISTRICT-PROJECT/versions/1", null, null, 200).body());
        List<String[]> leaves = new ArrayList<>();
        collectLeaves(framework.get("indicators"), leaves);
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        parallel(chosen, Math.min(WORKERS, 4), g -> {
            int plan = YEAR + 1;
            Http.Answer planned = Http.call(finance, "POST", "/api/v1/key-evaluations", "{\"title\":\"" + g.project() + "项目重点评价\",\"fiscalYear\":" + plan
                    + ",\"object\":{\"kind\":\"PROJECT\",\"projectCode\":\"" + g.project() + "\"},\"subjectKind\":\"OTHER_PROJECT\",\"dueDate\":\""
                    + (plan + 1) + "-10-31\"}", null, 201);
            String id = (String) Json.obj(planned.body()).get("id");
            String path = "/api/v1/key-evaluations/" + id;
            long rev = Http.call(finance, "POST", path + "/commission", "{\"agencyId\":\"ZHENRUI\"}", "\"" + planned.revision() + "\"", 200).revision();
            rev = Http.call(evaluator, "PUT", path + "/framework", "{\"frameworkCode\":\"DISTRICT-PROJECT\",\"version\":1}", "\"" + rev + "\"", 200).revision();
            rev = Http.call(evaluator, "POST", path + "/fieldwork", "{}", "\"" + rev + "\"", 200).revision();
            StringBuilder scores = new StringBuilder();
            for (String[] leaf : leaves) {
                BigDecimal points = new BigDecimal(leaf[1]);
                BigDecimal score = points.multiply(new BigDecimal(Math.abs(g.project().hashCode() + leaf[0].hashCode()) % 3 == 0 ? "0.8" : "0.95"))
                        .setScale(1, java.math.RoundingMode.HALF_UP);
                scores.append(scores.length() == 0 ? "" : ",").append("{\"indicatorCode\":\"").append(leaf[0]).append("\",\"score\":").append(score)
                        .append(score.compareTo(points) < 0 ? ",\"note\":\"部分未达标，酌情扣分\"" : "").append("}");
            }
            rev = Http.call(evaluator, "PUT", path + "/scores", "{\"scores\":[" + scores + "]}", "\"" + rev + "\"", 200).revision();
            rev = Http.call(evaluator, "PUT", path + "/findings", "{\"findings\":[{\"text\":\"部分指标未按期完成\",\"rectification\":{\"responsibleUnitCode\":\""
                    + g.unit() + "\"}},{\"text\":\"资金支付进度滞后\",\"rectification\":{\"responsibleUnitCode\":\"" + g.unit()
                    + "\"}}],\"suggestions\":[{\"text\":\"加强项目前期论证\"}]}", "\"" + rev + "\"", 200).revision();
            rev = Http.call(evaluator, "POST", path + "/submit", "{}", "\"" + rev + "\"", 200).revision();
            Http.call(finance, "POST", path + "/accept", "{}", "\"" + rev + "\"", 200);
            ids.add(id);
        });
        report("key evaluations through acceptance (2 rectifications each)", chosen.size() * 8, "requests (" + chosen.size() + " evaluations x 8)", start);
        return ids;
    }

    static void collectLeaves(Object nodes, List<String[]> leaves) {
        for (Object n : (List<?>) nodes) {
            Map<?, ?> node = (Map<?, ?>) n;
            Object children = node.get("children");
            if (children instanceof List<?> list && !list.isEmpty()) {
                collectLeaves(list, leaves);
            } else {
                leaves.add(new String[]{(String) node.get("code"), node.get("points").toString()});
            }
        }
    }

    void decisions() throws Exception {
        int budgetYear = YEAR + 2;
        long start = System.nanoTime();
        Http.call(finance, "POST", "/api/v1/allocation-decisions/proposals?budgetYear=" + budgetYear, "{}", null, 201);
        report("allocation proposals for budget year " + budgetYear, 1, "request", start);
        List<String[]> toConfirm = new ArrayList<>();
        Map<String, Object> page = Json.obj(Http.call(finance, "GET", "/api/v1/allocation-decisions?budgetYear=" + budgetYear + "&size=100", null, null, 200).body());
        int total = ((BigDecimal) page.get("total")).intValue();
        // the list of a budget year's decisions is not paged: confirm the first hundred, as a bureau confirms a batch
        for (Object d : ((List<?>) page.get("items")).subList(0, Math.min(100, ((List<?>) page.get("items")).size()))) {
            Map<?, ?> decision = (Map<?, ?>) d;
            toConfirm.add(new String[]{(String) decision.get("id"), decision.get("revision").toString()});
        }
        long confirm = System.nanoTime();
        parallel(toConfirm, WORKERS, d -> Http.call(finance, "POST", "/api/v1/allocation-decisions/" + d[0] + "/confirm", "{}", "\"" + d[1] + "\"", 200));
        report("allocation decisions confirmed (" + toConfirm.size() + " of " + total + " proposed)", toConfirm.size(), "requests", confirm);
    }

    static void report(String what, int requests, String unit, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "[benchmark] %s: %,d %s in %.1f s = %,.0f requests/s%n", what, requests, unit, seconds, requests / seconds);
    }

    static <T> void parallel(List<T> items, int workers, Consumer<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                int i;
                while (failure.get() == null && (i = next.getAndIncrement()) < items.size()) {
                    try {
                        work.accept(items.get(i));
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        if (failure.get() != null) {
            throw new IllegalStateException("generation failed: " + failure.get().getMessage(), failure.get());
        }
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

        record Answer(int status, String body, String etag) {
            long revision() {
                return Long.parseLong(etag.replace("\"", "").replace("W/", ""));
            }
        }

        static Answer call(String token, String method, String path, Object body, String ifMatch, int expected) {
            return call(token, method, path, body, "application/json", ifMatch, expected);
        }

        /** One request; 429 and CONCURRENT_CHANGE are retried after their Retry-After, any other unexpected status fails. */
        static Answer call(String token, String method, String path, Object body, String contentType, String ifMatch, int expected) {
            for (int attempt = 1; ; attempt++) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(URL + path)).timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/json");
                if (ifMatch != null) {
                    b.header("If-Match", ifMatch);
                }
                HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                        : body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                        : HttpRequest.BodyPublishers.ofString((String) body, StandardCharsets.UTF_8);
                if (body != null) {
                    b.header("Content-Type", contentType);
                }
                b.method(method, publisher);
                HttpResponse<String> r;
                try {
                    r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    if (attempt < 5) {
                        sleep(500);
                        continue;
                    }
                    throw new UncheckedIOException(method + " " + path, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                int status = r.statusCode();
                boolean retry = status == 429 || ((status == 409 || status == 412) && r.body().contains("CONCURRENT_CHANGE"));
                if (retry && attempt < 50) {
                    sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                    continue;
                }
                if (status != expected && !(expected == 200 && status == 201) && !(expected == 201 && status == 200)) {
                    String text = r.body();
                    throw new IllegalStateException(method + " " + path + ": HTTP " + status + " (expected " + expected + "): "
                            + (text.length() > 1500 ? text.substring(0, 1500) + "..." : text));
                }
                return new Answer(status, r.body(), r.headers().firstValue("ETag").orElse("\"0\""));
            }
        }

        static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ tokens

    static final class Tokens {
        static final PrivateKey KEY = load();

        static PrivateKey load() {
            try {
                String pem = Files.readString(Path.of(env("BENCH_PRIVATE_KEY", "target/bench/keys/private.pem")));
                String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the bench's private key (BENCH_PRIVATE_KEY, PKCS#8 PEM)", e);
            }
        }

        /** An RS256 token of 8 hours less a minute (the production limit is 8 h). */
        static String sign(String role, String unit, String agency) {
            long now = Instant.now().getEpochSecond();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", env("BENCH_ISSUER", "https://bench.daxiang-perf.local"));
            claims.put("aud", env("BENCH_AUDIENCE", "daxiang-perf-bench"));
            claims.put("sub", "bench-" + role.toLowerCase(Locale.ROOT).replace('_', '-') + (unit == null ? "" : "-" + unit) + (agency == null ? "" : "-" + agency));
            claims.put("upn", claims.get("sub"));
            claims.put("iat", now - 5);
            claims.put("exp", now + 8 * 3600 - 60);
            claims.put("groups", List.of(role));
            if (unit != null && !unit.equals("-")) {
                claims.put("unit_code", unit);
            }
            if (agency != null) {
                claims.put("agency_id", agency);
            }
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String signing = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(KEY);
                s.update(signing.getBytes(StandardCharsets.US_ASCII));
                return signing + "." + b64.encodeToString(s.sign());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ write load

    /** Closed-loop writers, each on reports of its own: PUT entries with the report's current ETag, a real write each time. */
    static final class WriteLoad {
        static void run(int seconds, int concurrency) throws Exception {
            List<String> lines = Files.readAllLines(Path.of(env("BENCH_REPORTS", "target/bench/reports.txt")));
            List<String[]> reports = new ArrayList<>();
            for (String l : lines) {
                if (!l.isBlank()) {
                    reports.add(l.split(" "));
                }
            }
            Map<String, String> tokens = new ConcurrentHashMap<>();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<long[]> perWorker = new ArrayList<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            List<Future<?>> futures = new ArrayList<>();
            long started = System.nanoTime();
            for (int w = 0; w < concurrency; w++) {
                int worker = w;
                long[] latencies = new long[200_000];
                perWorker.add(latencies);
                futures.add(pool.submit(() -> {
                    int n = 0;
                    int k = worker;
                    Map<String, String> etags = new java.util.HashMap<>();
                    Map<String, Goal> goals = new java.util.HashMap<>();
                    while (System.nanoTime() < end && n < latencies.length - 1) {
                        String[] report = reports.get(k % reports.size());
                        k += concurrency;   // each worker keeps to its own reports
                        String token = tokens.computeIfAbsent(report[0], u -> Tokens.sign("UNIT_OPERATOR", u, null));
                        String path = "/api/v1/monitoring-reports/" + report[1];
                        Goal goal = goals.get(report[1]);
                        if (goal == null) {
                            Http.Answer read = Http.call(token, "GET", path, null, null, 200);
                            Map<String, Object> r = Json.obj(read.body());
                            List<String> indicators = new ArrayList<>();
                            for (Object line : (List<?>) r.get("lines")) {
                                indicators.add((String) ((Map<?, ?>) line).get("indicatorId"));
                            }
                            goal = new Goal(report[1], report[0], "", indicators, new long[1]);
                            goals.put(report[1], goal);
                            etags.put(report[1], read.etag());
                        }
                        long t0 = System.nanoTime();
                        HttpResponse<String> r;
                        try {
                            r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(URL + path + "/entries")).timeout(Duration.ofSeconds(30))
                                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                    .header("Accept", "application/json").header("If-Match", etags.get(report[1]))
                                    .PUT(HttpRequest.BodyPublishers.ofString(monitoringEntries(goal, n), StandardCharsets.UTF_8)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                            continue;
                        }
                        latencies[n++] = System.nanoTime() - t0;
                        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        r.headers().firstValue("ETag").ifPresent(e -> etags.put(report[1], e));
                    }
                    latencies[latencies.length - 1] = n;
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            List<Long> all = new ArrayList<>();
            for (long[] l : perWorker) {
                for (int i = 0; i < l[l.length - 1]; i++) {
                    all.add(l[i]);
                }
            }
            Collections.sort(all);
            StringBuilder dist = new StringBuilder();
            new TreeMap<>(statuses).forEach((s, c) -> dist.append(dist.length() == 0 ? "" : ",").append(s).append(':').append(c.get()));
            // one machine-readable line: requests rps p50 p95 p99 (ms) statuses
            System.out.printf(Locale.ROOT, "WRITE-LOAD %d %.1f %.2f %.2f %.2f %s%n", all.size(), all.size() / elapsed,
                    pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), dist);
        }

        static double pct(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }
    }

    // ------------------------------------------------------------------------------------------------ xlsx

    /** The declaration table as a minimal .xlsx (OPC package, inline strings): title row, header row, data rows. */
    static final class Xlsx {
        static final List<String> HEADERS = List.of("目标ID", "目标类型", "预算年度", "单位代码", "项目代码", "年度总体目标", "长期目标", "部门职责",
                "上级下达级次", "上级文号", "上级目标", "一级指标", "二级指标", "三级指标", "指标值类型", "指标性质", "指标值", "文字指标值", "计量单位", "权重",
                "指标解释", "评分标准", "指标ID");

        static byte[] declarationTable(List<List<String>> rows) {
            StringBuilder sheet = new StringBuilder(rows.size() * 600);
            sheet.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                    .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            row(sheet, 1, List.of("绩效目标申报表"));
            row(sheet, 2, HEADERS);
            for (int r = 0; r < rows.size(); r++) {
                row(sheet, r + 3, rows.get(r));
            }
            sheet.append("</sheetData></worksheet>");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>");
                put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
                put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"绩效目标申报表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
                put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>");
                put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        static void row(StringBuilder sheet, int number, List<String> cells) {
            sheet.append("<row r=\"").append(number).append("\">");
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                if (v == null) {
                    continue;
                }
                sheet.append("<c r=\"").append(column(c)).append(number).append("\" t=\"inlineStr\"><is><t>")
                        .append(v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</t></is></c>");
            }
            sheet.append("</row>");
        }

        static String column(int c) {
            return c < 26 ? String.valueOf((char) ('A' + c)) : String.valueOf((char) ('A' + c / 26 - 1)) + (char) ('A' + c % 26);
        }

        static void put(ZipOutputStream zip, String name, String text) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    // ------------------------------------------------------------------------------------------------ JSON

    /** Just enough JSON: objects as LinkedHashMap, arrays as ArrayList, numbers as BigDecimal. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> obj(String text) {
            Json p = new Json(text);
            p.ws();
            return (Map<String, Object>) p.value();
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // :
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return new BigDecimal(s.substring(start, i));
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        static String write(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof String str) {
                return "\"" + str.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            }
            if (v instanceof Map<?, ?> m) {
                StringBuilder b = new StringBuilder("{");
                m.forEach((k, x) -> b.append(b.length() > 1 ? "," : "").append(write(k.toString())).append(':').append(write(x)));
                return b.append('}').toString();
            }
            if (v instanceof List<?> l) {
                StringBuilder b = new StringBuilder("[");
                l.forEach(x -> b.append(b.length() > 1 ? "," : "").append(write(x)));
                return b.append(']').toString();
            }
            return v.toString();
        }
    }
}
