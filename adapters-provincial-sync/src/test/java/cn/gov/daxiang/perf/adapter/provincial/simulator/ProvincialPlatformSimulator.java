package cn.gov.daxiang.perf.adapter.provincial.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provincial platform (湖南省预算管理一体化系统) as far as the wire contract goes (docs/provincial-api.md), served
 * over real HTTP/1.1 on a socket of its own: change feeds of agencies, projects and executions with cursor paging,
 * and a report endpoint that keeps every message once per idempotency key and records every delivery attempt.
 *
 * <p>It can misbehave on purpose ({@link Faults}): 5xx answers at a rate, connections reset without an answer,
 * slow answers, malformed pages, the previous page served again, and reports taken but answered with a reset
 * (the lost answer that makes a client deliver twice). A test fixture and a runnable main; never packaged.
 */
public final class ProvincialPlatformSimulator implements AutoCloseable {

    public static final String MOF_DIV_CODE = "430503";
    private static final Pattern CHANGES = Pattern.compile("/exchange/v1/divisions/([^/]+)/(agencies|projects|executions)/changes");
    private static final Pattern REPORTS = Pattern.compile("/exchange/v1/divisions/([^/]+)/reports");
    private static final List<String> STREAMS = List.of("agencies", "projects", "executions");
    private static final Map<String, String> KEY_ELEMENT = Map.of("agencies", "agency_code", "projects", "pro_code", "executions", "pro_code");

    /** What to do wrong, and how often. Rates are probabilities per request in [0, 1]. */
    public static final class Faults {
        public volatile double unavailableRate;
        public volatile double resetRate;
        public volatile double delayRate;
        public volatile long delayMillis;
        public volatile double malformedRate;
        public volatile double duplicatePageRate;
        /** Reports: taken, then the connection is reset instead of answered. */
        public volatile double lostAnswerRate;
        /** Reports: every delivery answered 503 (the province is down for reports). */
        public volatile boolean reportsUnavailable;
        /** Reports of these message types are refused with 422 (a poison message). */
        public final java.util.Set<String> rejectedMessageTypes = ConcurrentHashMap.newKeySet();
        /** The next n page requests get this fault whatever the rate (so that a test surely meets it). */
        public final AtomicInteger forceUnavailable = new AtomicInteger();
        public final AtomicInteger forceDelay = new AtomicInteger();
        public final AtomicInteger forceReset = new AtomicInteger();
        public final AtomicInteger forceMalformed = new AtomicInteger();
        public final AtomicInteger forceDuplicatePage = new AtomicInteger();
        /** How often each fault was injected: unavailable, reset, delay, malformed, duplicate, lostAnswer. */
        public final Map<String, AtomicInteger> injected = new ConcurrentHashMap<>();

        public int injected(String fault) {
            AtomicInteger n = injected.get(fault);
            return n == null ? 0 : n.get();
        }

        boolean hit(String fault, double rate, AtomicInteger forced, ProvincialPlatformSimulator simulator) {
            boolean yes = (forced != null && forced.getAndUpdate(n -> Math.max(0, n - 1)) > 0) || simulator.chance(rate);
            if (yes) {
                injected.computeIfAbsent(fault, k -> new AtomicInteger()).incrementAndGet();
            }
            return yes;
        }

        public void clear() {
            unavailableRate = 0;
            resetRate = 0;
            delayRate = 0;
            delayMillis = 0;
            malformedRate = 0;
            duplicatePageRate = 0;
            lostAnswerRate = 0;
            reportsUnavailable = false;
            rejectedMessageTypes.clear();
            forceUnavailable.set(0);
            forceDelay.set(0);
            forceReset.set(0);
            forceMalformed.set(0);
            forceDuplicatePage.set(0);
            injected.clear();
        }
    }

    /** One POST of a report, as received (including those answered with a fault). */
    public record Delivery(String idempotencyKey, String messageType, String outcome, Instant at) {
    }

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final ServerSocket server;
    private final ExecutorService workers = Executors.newFixedThreadPool(16, r -> {
        Thread t = new Thread(r, "provincial-simulator");
        t.setDaemon(true);
        return t;
    });
    /** Answers held back by the delay fault: a few threads suffice, since a held-back answer waits on none. */
    private final ScheduledExecutorService delays = Executors.newScheduledThreadPool(4, r -> {
        Thread t = new Thread(r, "provincial-simulator-delay");
        t.setDaemon(true);
        return t;
    });
    private final Thread acceptor;
    private final Faults faults = new Faults();
    private final Random random;
    private final long seed;
    /** Per stream: change_seq → record (the latest change of each key only; older ones are compacted away). */
    private final Map<String, TreeMap<Long, Map<String, Object>>> feeds = new HashMap<>();
    private final Map<String, Map<String, Long>> seqByKey = new HashMap<>();
    private final Map<String, Long> lastSeq = new HashMap<>();
    private final Map<String, String> lastPage = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> accepted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acceptedCount = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger pageRequests = new AtomicInteger();
    /**
     * Advanced by {@link #reset()}: an answer held back by the delay fault before a reset belongs to a world that is
     * gone, so it is dropped unanswered rather than taking a report into the next test's empty province.
     */
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean running = true;

    private ProvincialPlatformSimulator(int port, long seed) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        random = new Random(seed);
        this.seed = seed;
        STREAMS.forEach(s -> {
            feeds.put(s, new TreeMap<>());
            seqByKey.put(s, new HashMap<>());
            lastSeq.put(s, 0L);
        });
        acceptor = new Thread(this::accept, "provincial-simulator-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts on {@code port} of 127.0.0.1 (0: any free port); faults draw from a random seeded with {@code seed}. */
    public static ProvincialPlatformSimulator start(int port, long seed) {
        try {
            return new ProvincialPlatformSimulator(port, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public Faults faults() {
        return faults;
    }

    // ---------------------------------------------------------------------------------------------- data

    /** Forgets all data, deliveries and faults. */
    public synchronized void reset() {
        epoch.incrementAndGet();
        STREAMS.forEach(s -> {
            feeds.get(s).clear();
            seqByKey.get(s).clear();
            lastSeq.put(s, 0L);
        });
        lastPage.clear();
        accepted.clear();
        acceptedCount.clear();
        deliveries.clear();
        faults.clear();
        pageRequests.set(0);
        synchronized (this) {
            random.setSeed(seed);
        }
    }

    /** Seeds the sample district of 大祥区 (the file-exchange batch the embedded default ships). */
    public synchronized ProvincialPlatformSimulator seedSampleDistrict() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("sample-district/daxiang.json")) {
            if (in == null) {
                throw new IllegalStateException("sample-district/daxiang.json is not on the class path");
            }
            JsonNode batch = json.readTree(in);
            for (String stream : STREAMS) {
                for (JsonNode record : batch.path(stream)) {
                    Map<String, Object> fields = json.convertValue(record, json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
                    fields.remove("change_seq");
                    fields.remove("changed_at");
                    fields.remove("deleted");
                    change(stream, fields);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new or changed agency (budget unit). */
    public synchronized void putAgency(String code, String name, String parent, boolean active) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("agency_code", code);
        r.put("agency_name", name);
        r.put("parent_agency_code", parent);
        r.put("is_active", active);
        change("agencies", r);
    }

    /** A new or changed project; amounts in 元 as decimal text. */
    public synchronized void putProject(String code, String name, String agency, int year, String category, List<String> kinds,
                                        String fiscal, String carryOver, String other) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("pro_code", code);
        r.put("pro_name", name);
        r.put("agency_code", agency);
        r.put("fiscal_year", year);
        r.put("pro_cat", category);
        r.put("pro_kinds", kinds);
        Map<String, Object> fund = new LinkedHashMap<>();
        fund.put("fiscal_appropriation", new BigDecimal(fiscal));
        fund.put("carry_over", new BigDecimal(carryOver));
        fund.put("other", new BigDecimal(other));
        r.put("fund", fund);
        change("projects", r);
    }

    public synchronized void putExecution(String projectCode, int year, String adjusted, String executed, String asOf) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("pro_code", projectCode);
        r.put("fiscal_year", year);
        r.put("adjusted_budget_amount", new BigDecimal(adjusted));
        r.put("executed_amount", new BigDecimal(executed));
        r.put("as_of_date", asOf);
        change("executions", r);
    }

    public synchronized void deleteProject(String code) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("pro_code", code);
        r.put("deleted", true);
        change("projects", r);
    }

    public synchronized void deleteAgency(String code) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("agency_code", code);
        r.put("deleted", true);
        change("agencies", r);
    }

    /**
     * {@code count} generated projects (for the benchmark and the long-running tests), spread over the sample
     * district's units, with Chinese names and exact amounts; codes 430503{yy}T{12 digits} from {@code firstNumber}.
     */
    public synchronized void generateProjects(int count, int year, long firstNumber) {
        List<String> units = new ArrayList<>();
        for (Map<String, Object> agency : feeds.get("agencies").values()) {
            if (!Boolean.TRUE.equals(agency.get("deleted"))) {
                units.add((String) agency.get("agency_code"));
            }
        }
        if (units.isEmpty()) {
            throw new IllegalStateException("seed agencies first");
        }
        String[] categories = {"PERSONNEL", "OPERATION", "SPECIFIC_PURPOSE"};
        String[] kinds = {"SPECIAL_BOND", "TRANSFER_PAYMENT", "GOVERNMENT_PURCHASED_SERVICE", "SOCIAL_SECURITY_FUND"};
        for (int i = 0; i < count; i++) {
            long number = firstNumber + i;
            String code = String.format(Locale.ROOT, "%s%02dT%012d", MOF_DIV_CODE, year % 100, number);
            String category = categories[i % 3];
            List<String> k = i % 4 == 0 ? List.of() : List.of(kinds[i % 4]);
            putProject(code, year + "年度第" + number + "号项目（模拟）", units.get(i % units.size()), year, category, k,
                    (100_000 + (number * 37) % 9_000_000) + "." + String.format(Locale.ROOT, "%02d", number % 100), "0.00",
                    (number % 7) * 1000 + ".50");
        }
    }

    /**
     * A district of its own for the load benchmark (scripts/bench.sh), the same for the same arguments: {@code units}
     * budget units, one department (code 9DDD00) for every nine subordinates (9DDDss), and {@code projects} projects of
     * {@code year} spread over them round robin, each with its execution figures of the year's end (a seeded share of
     * 55–100 % executed). Codes 430503{yy}{R|Y|T}{12 digits}; categories and kinds in turn, amounts exact to the fen.
     */
    public synchronized void generateDistrict(int units, int projects, int year, long seed) {
        Random draw = new Random(seed);
        List<String> codes = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            int department = u / 10;
            int member = u % 10;
            String code = String.format(Locale.ROOT, "9%03d%02d", department, member);
            putAgency(code, member == 0 ? "基准主管部门" + department : "基准部门" + department + "下属单位" + member,
                    member == 0 ? null : String.format(Locale.ROOT, "9%03d00", department), true);
            codes.add(code);
        }
        String[] categories = {"PERSONNEL", "OPERATION", "SPECIFIC_PURPOSE"};
        String[] kinds = {"SPECIAL_BOND", "TRANSFER_PAYMENT", "GOVERNMENT_PURCHASED_SERVICE", "SOCIAL_SECURITY_FUND"};
        for (int i = 0; i < projects; i++) {
            String code = String.format(Locale.ROOT, "%s%02d%c%012d", MOF_DIV_CODE, year % 100, "RYT".charAt(i % 3), i + 1);
            long cents = 10_000_000L + (long) (draw.nextDouble() * 2_000_000_000L);
            String fiscal = BigDecimal.valueOf(cents, 2).toPlainString();
            List<String> k = i % 8 == 0 ? List.of(kinds[(i / 8) % 4]) : List.of();
            putProject(code, year + "年度基准项目" + (i + 1), codes.get(i % codes.size()), year, categories[i % 3], k, fiscal, "0.00", "0.00");
            long executed = cents * (55 + draw.nextInt(46)) / 100;
            putExecution(code, year, fiscal, BigDecimal.valueOf(executed, 2).toPlainString(), year + "-12-31");
        }
    }

    private void change(String stream, Map<String, Object> fields) {
        String key = (String) fields.get(KEY_ELEMENT.get(stream));
        long seq = lastSeq.get(stream) + 1;
        lastSeq.put(stream, seq);
        Long previous = seqByKey.get(stream).put(key, seq);
        if (previous != null) {
            feeds.get(stream).remove(previous);
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("change_seq", seq);
        record.put("changed_at", Instant.now().toString());
        record.put("deleted", Boolean.TRUE.equals(fields.get("deleted")));
        fields.forEach((k, v) -> {
            if (!k.equals("deleted")) {
                record.put(k, v);
            }
        });
        feeds.get(stream).put(seq, record);
    }

    // ---------------------------------------------------------------------------------------------- views

    /** The current (not deleted) records of a stream. */
    public synchronized List<Map<String, Object>> current(String stream) {
        return feeds.get(stream).values().stream().filter(r -> !Boolean.TRUE.equals(r.get("deleted"))).toList();
    }

    /** The content hash of the current agencies and projects, over their canonical lines (see {@link #agencyLine}). */
    public synchronized String contentHash() {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> a : current("agencies")) {
            lines.add(agencyLine((String) a.get("agency_code"), (String) a.get("agency_name"), (String) a.get("parent_agency_code"),
                    Boolean.TRUE.equals(a.get("is_active"))));
        }
        for (Map<String, Object> p : current("projects")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fund = (Map<String, Object>) p.get("fund");
            @SuppressWarnings("unchecked")
            List<String> kinds = (List<String>) p.get("pro_kinds");
            lines.add(projectLine((String) p.get("pro_code"), (String) p.get("pro_name"), (String) p.get("agency_code"),
                    ((Number) p.get("fiscal_year")).intValue(), (String) p.get("pro_cat"), kinds,
                    decimal(fund.get("fiscal_appropriation")), decimal(fund.get("carry_over")), decimal(fund.get("other"))));
        }
        return hash(lines);
    }

    /** The canonical line of an agency, as both sides of a comparison must write it. */
    public static String agencyLine(String code, String name, String parent, boolean active) {
        return "A|" + code + "|" + name + "|" + (parent == null ? "" : parent) + "|" + active;
    }

    /** The canonical line of a project: kinds sorted, amounts with two decimals. */
    public static String projectLine(String code, String name, String agency, int year, String category, List<String> kinds,
                                     BigDecimal fiscal, BigDecimal carryOver, BigDecimal other) {
        List<String> sorted = new ArrayList<>(kinds == null ? List.of() : kinds);
        sorted.sort(null);
        return "P|" + code + "|" + name + "|" + agency + "|" + year + "|" + category + "|" + String.join(",", sorted) + "|"
                + fiscal.setScale(2).toPlainString() + "|" + carryOver.setScale(2).toPlainString() + "|" + other.setScale(2).toPlainString();
    }

    /** SHA-256 over the sorted lines. */
    public static String hash(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : sorted) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    /** Every delivery attempt of a report, in arrival order. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The reports the province keeps: one per idempotency key, as first received. */
    public Map<String, JsonNode> acceptedReports() {
        return Map.copyOf(accepted);
    }

    /** How often each idempotency key was taken in as new (exactly once, if the contract holds). */
    public Map<String, Integer> acceptedCounts() {
        Map<String, Integer> counts = new HashMap<>();
        acceptedCount.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    public int pageRequests() {
        return pageRequests.get();
    }

    // ---------------------------------------------------------------------------------------------- HTTP

    private void accept() {
        while (running) {
            try {
                Socket socket = server.accept();
                workers.execute(() -> serve(socket));
            } catch (IOException e) {
                if (running) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    private record Request(String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    private void serve(Socket socket) {
        Request request;
        try {
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            request = read(socket.getInputStream());
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);   // the client went away
            return;
        }
        if (request == null) {
            closeQuietly(socket);
            return;
        }
        boolean exchange = request.path().startsWith("/exchange/");
        boolean page = request.method().equals("GET");
        long bornIn = epoch.get();
        if (exchange && faults.hit("delay", faults.delayRate, page ? faults.forceDelay : null, this)) {
            // A slow province: the answer leaves delayMillis later, and no worker waits for it meanwhile.
            try {
                delays.schedule(() -> {
                    if (epoch.get() != bornIn) {
                        closeQuietly(socket);
                        return;
                    }
                    answer(socket, request, exchange, page, bornIn);
                }, faults.delayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                closeQuietly(socket);   // closing down
            }
            return;
        }
        answer(socket, request, exchange, page, bornIn);
    }

    private void answer(Socket socket, Request request, boolean exchange, boolean page, long bornIn) {
        try (socket) {
            if (exchange && faults.hit("reset", faults.resetRate, page ? faults.forceReset : null, this)) {
                reset(socket);
                return;
            }
            if (exchange && faults.hit("unavailable", faults.unavailableRate, page ? faults.forceUnavailable : null, this)) {
                write(socket.getOutputStream(), problem(503, "SERVICE_UNAVAILABLE", "模拟的省平台暂不可用"));
                return;
            }
            Matcher changes = CHANGES.matcher(request.path());
            Matcher reports = REPORTS.matcher(request.path());
            Answer answer;
            if (changes.matches() && request.method().equals("GET")) {
                answer = page(changes.group(1), changes.group(2), request);
            } else if (reports.matches() && request.method().equals("POST")) {
                answer = report(reports.group(1), request, bornIn);
                if (answer == null) {
                    reset(socket);
                    return;
                }
            } else {
                answer = problem(404, "NOT_FOUND", request.method() + " " + request.path());
            }
            write(socket.getOutputStream(), answer);
        } catch (IOException | RuntimeException e) {
            // the client went away, or a fault closed the connection: nothing to answer
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private Answer page(String division, String stream, Request request) throws JsonProcessingException {
        pageRequests.incrementAndGet();
        if (!MOF_DIV_CODE.equals(division)) {
            return problem(404, "DIVISION_UNKNOWN", "no division " + division);
        }
        long after;
        int limit;
        try {
            after = Long.parseLong(request.query().getOrDefault("after", "0"));
            limit = Integer.parseInt(request.query().getOrDefault("limit", "100"));
        } catch (NumberFormatException e) {
            return problem(400, "PARAMETER_MALFORMED", "after and limit are whole numbers");
        }
        if (limit < 1 || limit > 500 || after < 0) {
            return problem(400, "PARAMETER_OUT_OF_RANGE", "1 <= limit <= 500, after >= 0");
        }
        if (lastPage.containsKey(stream) && faults.hit("duplicate", faults.duplicatePageRate, faults.forceDuplicatePage, this)) {
            return new Answer(200, "application/json", lastPage.get(stream));
        }
        String body;
        synchronized (this) {
            TreeMap<Long, Map<String, Object>> feed = feeds.get(stream);
            List<Map<String, Object>> records = new ArrayList<>();
            long next = after;
            for (Map<String, Object> record : feed.tailMap(after, false).values()) {
                if (records.size() == limit) {
                    break;
                }
                records.add(record);
                next = (Long) record.get("change_seq");
            }
            long remaining = feed.tailMap(next, false).size();
            ObjectNode page = json.createObjectNode();
            page.put("contract_version", "1.0");
            page.put("mof_div_code", MOF_DIV_CODE);
            page.put("stream", stream);
            page.set("records", json.valueToTree(records));
            page.put("next_cursor", Long.toString(next));
            page.put("has_more", remaining > 0);
            page.put("remaining", remaining);
            body = json.writeValueAsString(page);
        }
        lastPage.put(stream, body);
        if (faults.hit("malformed", faults.malformedRate, faults.forceMalformed, this)) {
            return new Answer(200, "application/json", body.substring(0, body.length() / 2));
        }
        return new Answer(200, "application/json", body);
    }

    /** null: taken, but answer with a reset (the lost answer); or not taken, since a reset came after it arrived. */
    private Answer report(String division, Request request, long bornIn) {
        String key = request.headers().get("idempotency-key");
        String type = null;
        JsonNode envelope = null;
        try {
            envelope = json.readTree(request.body());
            type = envelope.path("message_type").asText(null);
        } catch (IOException e) {
            // refused below
        }
        if (faults.reportsUnavailable) {
            deliveries.add(new Delivery(key, type, "UNAVAILABLE", Instant.now()));
            return problem(503, "SERVICE_UNAVAILABLE", "reports are not taken now");
        }
        if (!MOF_DIV_CODE.equals(division) || key == null || key.isBlank() || envelope == null || type == null
                || !key.equals(envelope.path("idempotency_key").asText()) || !envelope.has("payload")) {
            deliveries.add(new Delivery(key, type, "REJECTED", Instant.now()));
            return problem(422, "REPORT_MALFORMED", "a report needs an Idempotency-Key equal to its idempotency_key, a message_type and a payload");
        }
        if (faults.rejectedMessageTypes.contains(type)) {
            deliveries.add(new Delivery(key, type, "REJECTED", Instant.now()));
            return problem(422, "REPORT_REFUSED", "the province refuses reports of type " + type);
        }
        JsonNode known;
        synchronized (this) {   // against reset(): a report is taken into the epoch it arrived in, or not at all
            if (epoch.get() != bornIn) {
                return null;
            }
            known = accepted.putIfAbsent(key, envelope);
            if (known == null) {
                acceptedCount.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
        }
        String status = known == null ? "ACCEPTED" : "DUPLICATE";
        if (known == null && faults.hit("lostAnswer", faults.lostAnswerRate, null, this)) {
            deliveries.add(new Delivery(key, type, "ACCEPTED_ANSWER_LOST", Instant.now()));
            return null;
        }
        deliveries.add(new Delivery(key, type, status, Instant.now()));
        ObjectNode receipt = json.createObjectNode();
        receipt.put("message_id", envelope.path("message_id").asText());
        receipt.put("idempotency_key", key);
        receipt.put("status", status);
        receipt.put("received_at", Instant.now().toString());
        return new Answer(known == null ? 201 : 200, "application/json", receipt.toString());
    }

    private Answer problem(int status, String code, String detail) {
        ObjectNode problem = json.createObjectNode();
        problem.put("type", "urn:hunan-ybs:problem:" + code.toLowerCase(Locale.ROOT));
        problem.put("title", code);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        return new Answer(status, "application/problem+json", problem.toString());
    }

    private synchronized boolean chance(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }

    private static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private static Request read(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > 65_536) {
                return null;
            }
        }
        if (matched < 4) {
            return null;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length < 2) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        String target = requestLine[1];
        int question = target.indexOf('?');
        Map<String, String> query = new HashMap<>();
        if (question >= 0) {
            for (String pair : target.substring(question + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return new Request(requestLine[0], question >= 0 ? target.substring(0, question) : target, query, headers, body);
    }

    private static void write(OutputStream out, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + answer.status() + " " + reason(answer.status()) + "\r\n"
                + "Content-Type: " + answer.contentType() + "; charset=UTF-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        // one write: a separate head and body would meet Nagle's algorithm and the client's delayed ACK (~40 ms)
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
        System.arraycopy(body, 0, whole, headBytes.length, body.length);
        out.write(whole);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        workers.shutdownNow();
        delays.shutdownNow();
    }

    /**
     * Runs the simulator on its own: {@code port} (default 8099) and optional fault rates as system properties
     * (sim.unavailableRate, sim.resetRate, sim.delayRate, sim.delayMillis, sim.malformedRate, sim.duplicatePageRate,
     * sim.lostAnswerRate), seeded with the sample district and {@code sim.projects} generated projects; with
     * {@code sim.units} &gt; 0 a generated district instead ({@link #generateDistrict}, sim.year, sim.seed).
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
        ProvincialPlatformSimulator simulator = start(port, Long.getLong("sim.seed", 42L));
        int units = Integer.getInteger("sim.units", 0);
        int generated = Integer.getInteger("sim.projects", 0);
        if (units > 0) {
            // the benchmark's district instead of the sample: sim.units units, sim.projects projects of sim.year
            simulator.generateDistrict(units, generated, Integer.getInteger("sim.year", 2025), Long.getLong("sim.seed", 42L));
        } else {
            simulator.seedSampleDistrict();
            if (generated > 0) {
                simulator.generateProjects(generated, 2025, 900_000_000L);
            }
        }
        Faults f = simulator.faults();
        f.unavailableRate = Double.parseDouble(System.getProperty("sim.unavailableRate", "0"));
        f.resetRate = Double.parseDouble(System.getProperty("sim.resetRate", "0"));
        f.delayRate = Double.parseDouble(System.getProperty("sim.delayRate", "0"));
        f.delayMillis = Long.getLong("sim.delayMillis", 5000L);
        f.malformedRate = Double.parseDouble(System.getProperty("sim.malformedRate", "0"));
        f.duplicatePageRate = Double.parseDouble(System.getProperty("sim.duplicatePageRate", "0"));
        f.lostAnswerRate = Double.parseDouble(System.getProperty("sim.lostAnswerRate", "0"));
        System.out.println("provincial-platform simulator on " + simulator.url() + " (division " + MOF_DIV_CODE + ")");
        Thread.currentThread().join();
    }
}
