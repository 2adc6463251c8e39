package cn.gov.daxiang.perf.adapter.rest.dashboard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity the dashboard needs beyond what the sample district loads (units, 2024 projects, 2023 self-evaluations,
 * 2024 key evaluations), created over the REST API only, the way the district's users would:
 * <ol>
 *   <li>a 2024 goal of the kindergarten (105002) declared, reviewed by the education bureau and approved by finance; the
 *   same for the housing centre (108002) under the housing bureau;</li>
 *   <li>finance's mid-year (1–6月) monitoring round of 2024; the kindergarten's report RED (an indicator judged
 *   impossible), the housing centre's YELLOW (execution behind time progress, an indicator projected to miss its
 *   target), both submitted and left for the department's review;</li>
 *   <li>a campaign (工作任务) for the 2023 self-evaluations addressed to every unit that has one;</li>
 *   <li>the allocation proposals the sample's results feed, and three of them confirmed.</li>
 * </ol>
 * Every step asserts its status, naming the step and the answer, so a failure says where the walk broke. Meant for a
 * freshly started embedded default: one live goal per project and year, so a second run on the same data fails at
 * the declaration.
 */
final class SampleActivity {

    /** What the walk made, for the browser test to look for on the pages. */
    record Result(String redProjectCode, String redUnitCode, String redReportId, String yellowProjectCode,
                  String yellowUnitCode, String yellowReportId, String roundId, String campaignId, int campaignUnits,
                  int allocationBudgetYear, int decisionsConfirmed) {
    }

    static final int FISCAL_YEAR = 2024;
    static final int CUT_OFF_MONTH = 6;
    static final int SELF_EVALUATION_YEAR = 2023;
    /**
     * The budget year the sample's results feed. Proposals for budget year Y count the self-evaluations of Y−2 and the
     * key evaluations of plan year Y−1 (AllocationDecisionService.results), so the 2023 self-evaluations and 2024 key
     * evaluations land in 2025; budget year 2024 would have nothing to propose.
     */
    static final int ALLOCATION_BUDGET_YEAR = 2025;
    static final int DECISIONS_TO_CONFIRM = 3;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Decimals as BigDecimal: amounts go back to the API with their two decimals, not as doubles. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The kindergarten's goal for 学前教育保教费减免及幼儿资助: all three groups, numeric targets with units, weights 100. */
    private static final String KINDERGARTEN_GOAL = """
            {"annualOverallGoal":"2024年落实学前教育保教费减免及幼儿资助政策，资助家庭经济困难幼儿300人次，资助资金按时足额发放，受助家庭满意度达到90%以上。",
             "longTermGoal":"健全学前教育资助体系，确保家庭经济困难幼儿应助尽助。",
             "indicators":[
              {"level1":"OUTPUT","level2":"QUANTITY","name":"资助幼儿人次","valueType":"QUANTITATIVE","comparator":"≥","targetValue":300,"unitOfMeasure":"人次","weight":30},
              {"level1":"OUTPUT","level2":"QUALITY","name":"资助对象识别准确率","valueType":"QUANTITATIVE","comparator":"=","targetValue":100,"unitOfMeasure":"%","weight":10},
              {"level1":"OUTPUT","level2":"TIMELINESS","name":"资助资金发放及时率","valueType":"QUANTITATIVE","comparator":"≥","targetValue":95,"unitOfMeasure":"%","weight":10},
              {"level1":"BENEFIT","level2":"SOCIAL","name":"家庭经济困难幼儿资助覆盖率","valueType":"QUANTITATIVE","comparator":"≥","targetValue":95,"unitOfMeasure":"%","weight":30},
              {"level1":"SATISFACTION","level2":"BENEFICIARY_SATISFACTION","name":"受助家庭满意度","valueType":"QUANTITATIVE","comparator":"≥","targetValue":90,"unitOfMeasure":"%","weight":20}
             ]}""";

    /** The housing centre's goal for 2024年度城镇老旧小区改造项目. */
    private static final String HOUSING_GOAL = """
            {"annualOverallGoal":"2024年完成12个老旧小区改造，惠及居民1500户，居民满意度达到90%以上。",
             "longTermGoal":"三年内完成全区2000年前建成的老旧小区改造。",
             "indicators":[
              {"level1":"OUTPUT","level2":"QUANTITY","name":"改造小区数量","valueType":"QUANTITATIVE","comparator":"≥","targetValue":12,"unitOfMeasure":"个","weight":30},
              {"level1":"OUTPUT","level2":"QUALITY","name":"工程验收合格率","valueType":"QUANTITATIVE","comparator":"=","targetValue":100,"unitOfMeasure":"%","weight":10},
              {"level1":"OUTPUT","level2":"COST","name":"单位改造成本","valueType":"QUANTITATIVE","comparator":"≤","targetValue":350,"unitOfMeasure":"元/平方米","weight":10},
              {"level1":"BENEFIT","level2":"SOCIAL","name":"受益居民户数","valueType":"QUANTITATIVE","comparator":"≥","targetValue":1500,"unitOfMeasure":"户","weight":30},
              {"level1":"SATISFACTION","level2":"BENEFICIARY_SATISFACTION","name":"居民满意度","valueType":"QUANTITATIVE","comparator":"≥","targetValue":90,"unitOfMeasure":"%","weight":20}
             ]}""";

    private final String base;
    private final Map<String, String> tokens = new HashMap<>();

    private SampleActivity(String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Creates the activity against a running embedded default whose sample district has loaded. */
    static Result run(String baseUrl) {
        return new SampleActivity(baseUrl).walk();
    }

    private Result walk() {
        Goal kindergarten = approvedGoal("kindergarten-operator", "education-reviewer", "105002", KINDERGARTEN_GOAL);
        Goal housing = approvedGoal("housing-centre-operator", "housing-reviewer", "108002", HOUSING_GOAL);

        // The mid-year round, 1–6月: time progress 50 %. Against it the province's figures (as of 2024-09-30) put the
        // kindergarten at 75.00 % executed (no lag) and the housing centre at 35.00 % (15 points behind: YELLOW, where
        // 1–9月 would make it 40 behind, RED). The due date is the round's real one: a round may be opened for a past
        // year, its due date only has to fall after the period, and reports are accepted after it.
        JsonNode round = call("open the 2024 monitoring round", "finance-admin", "POST", "/api/v1/monitoring-rounds",
                Map.of("fiscalYear", FISCAL_YEAR, "cutOffMonth", CUT_OFF_MONTH, "dueDate", FISCAL_YEAR + "-07-20"), null, 201).body();
        String roundId = round.get("id").asText();

        // RED: the unit judges one indicator impossible to complete (WarningPolicy: WARNING_INDICATOR_IMPOSSIBLE); its
        // execution is on time, so this is the report's only reason.
        JsonNode red = submittedReport(roundId, kindergarten, Map.of(
                "资助幼儿人次", offTrack(180, 220, "IMPOSSIBLE", "秋季学期在园幼儿减少，符合条件的家庭经济困难幼儿少于年初预计",
                        "会同民政部门补充排查困难家庭，按实际人数调整资助计划"),
                "资助对象识别准确率", onTrack(100, 100),
                "资助资金发放及时率", onTrack(96, 98),
                "家庭经济困难幼儿资助覆盖率", onTrack(93, 96),
                "受助家庭满意度", onTrack(92, 93)));
        assertThat(red.at("/warning/level/code").asText()).as("the kindergarten's warning: " + red.get("warning")).isEqualTo("RED");

        // YELLOW: execution 15 points behind time progress, and one indicator projected to miss its target, explained.
        JsonNode yellow = submittedReport(roundId, housing, Map.of(
                "改造小区数量", offTrack(8, 11, "POSSIBLE", "1个小区居民意见未统一，改造方案未能按期确定", "街道逐户做工作，力争年底前开工"),
                "工程验收合格率", onTrack(100, 100),
                "单位改造成本", onTrack(330, 345),
                "受益居民户数", onTrack(1200, 1550),
                "居民满意度", onTrack(88, 91)));
        assertThat(yellow.at("/warning/level/code").asText()).as("the housing centre's warning: " + yellow.get("warning")).isEqualTo("YELLOW");

        Campaign campaign = selfEvaluationCampaign();
        int confirmed = confirmDecisions();
        return new Result(kindergarten.projectCode(), kindergarten.unitCode(), red.get("id").asText(), housing.projectCode(),
                housing.unitCode(), yellow.get("id").asText(), roundId, campaign.id(), campaign.units(), ALLOCATION_BUDGET_YEAR, confirmed);
    }

    // ------------------------------------------------------------------------------------------------ goals

    private record Goal(String id, String unitCode, String projectCode, String operator) {
    }

    /** The unit's first 2024 project gets a goal, taken through both reviews to APPROVED (each step If-Match the last ETag). */
    private Goal approvedGoal(String operator, String reviewer, String unit, String content) {
        JsonNode projects = call("list the 2024 projects of " + unit, "finance-admin", "GET",
                "/api/v1/projects?fiscalYear=" + FISCAL_YEAR + "&unitCode=" + unit, null, null, 200).body();
        assertThat(projects.get("items")).as("the sample's 2024 projects of " + unit).isNotEmpty();
        String project = projects.get("items").get(0).get("projectCode").asText();

        Map<String, Object> declaration = new LinkedHashMap<>();
        declaration.put("kind", "PROJECT");
        declaration.put("fiscalYear", FISCAL_YEAR);
        declaration.put("unitCode", unit);
        declaration.put("projectCode", project);
        declaration.put("content", parse(content));
        Answer goal = call("declare the goal of " + project, operator, "POST", "/api/v1/performance-goals", declaration, null, 201);
        String id = goal.body().get("id").asText();
        String path = "/api/v1/performance-goals/" + id;
        goal = call("submit the goal of " + project, operator, "POST", path + "/submit", Map.of(), goal.etag(), 200);
        goal = call("department review of " + project, reviewer, "POST", path + "/pass-department-review",
                Map.of("note", "同意上报"), goal.etag(), 200);
        goal = call("finance review of " + project, "finance-reviewer", "POST", path + "/finance-review",
                Map.of("grade", "EXCELLENT"), goal.etag(), 200);
        goal = call("approve the goal of " + project, "finance-reviewer", "POST", path + "/approve", Map.of(), goal.etag(), 200);
        assertThat(goal.body().at("/status/code").asText()).as("the goal of " + project).isEqualTo("APPROVED");
        return new Goal(id, unit, project, operator);
    }

    // ------------------------------------------------------------------------------------------------ monitoring

    private static Map<String, Object> onTrack(int actualToDate, int projectedYearEnd) {
        return Map.of("actualToDate", actualToDate, "projectedYearEnd", projectedYearEnd, "likelihood", "CERTAIN");
    }

    /** An off-track line owes its deviation reason and corrective measure, or the submission is refused. */
    private static Map<String, Object> offTrack(int actualToDate, int projectedYearEnd, String likelihood, String reason, String measure) {
        return Map.of("actualToDate", actualToDate, "projectedYearEnd", projectedYearEnd, "likelihood", likelihood,
                "deviationReason", reason, "correctiveMeasure", measure);
    }

    /**
     * The unit opens its report on the approved goal, fills one line per indicator (by the indicator's name, ids from
     * the opened report) and submits it; the budget side is the province's figures the report took at opening.
     */
    private JsonNode submittedReport(String roundId, Goal goal, Map<String, Map<String, Object>> figuresByName) {
        Answer report = call("open the monitoring report of " + goal.projectCode(), goal.operator(), "POST", "/api/v1/monitoring-reports",
                Map.of("roundId", roundId, "goalId", goal.id()), null, 201);
        String path = "/api/v1/monitoring-reports/" + report.body().get("id").asText();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode line : report.body().get("lines")) {
            Map<String, Object> figures = figuresByName.get(line.get("name").asText());
            assertThat(figures).as("figures for the indicator " + line.get("name")).isNotNull();
            Map<String, Object> entry = new LinkedHashMap<>(figures);
            entry.put("indicatorId", line.get("indicatorId").asText());
            lines.add(entry);
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        if (report.body().path("execution").isNull() || report.body().path("execution").isMissingNode()) {
            // no synced figures for the project: the unit reports its own (75 % executed, on time)
            entries.put("execution", Map.of("adjustedBudget", new BigDecimal("1000000.00"), "executed", new BigDecimal("750000.00")));
        }
        entries.put("lines", lines);
        report = call("fill the monitoring report of " + goal.projectCode(), goal.operator(), "PUT", path + "/entries", entries, report.etag(), 200);
        report = call("submit the monitoring report of " + goal.projectCode(), goal.operator(), "POST", path + "/submit", Map.of(),
                report.etag(), 200);
        assertThat(report.body().at("/status/code").asText()).as("the report of " + goal.projectCode()).isEqualTo("SUBMITTED");
        assertThat(report.body().at("/warning/reasons")).as("the warning's reasons of " + goal.projectCode()).isNotEmpty();
        return report.body();
    }

    // ------------------------------------------------------------------------------------------------ campaign

    private record Campaign(String id, int units) {
    }

    /**
     * Finance issues the 2023 self-evaluation campaign (部门整体, as the sample's self-evaluations are) to every unit that
     * has one, each target with the adjusted budget its evaluation covers, so the progress has counts and money.
     */
    private Campaign selfEvaluationCampaign() {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (int page = 1; ; page++) {
            JsonNode list = call("list the 2023 self-evaluations, page " + page, "finance-admin", "GET",
                    "/api/v1/self-evaluations?fiscalYear=" + SELF_EVALUATION_YEAR + "&kind=DEPARTMENT_OVERALL&size=100&page=" + page,
                    null, null, 200).body();
            for (JsonNode evaluation : list.get("items")) {
                BigDecimal amount = evaluation.at("/execution/adjustedBudget").decimalValue();
                amounts.merge(evaluation.get("unitCode").asText(), amount, BigDecimal::add);
            }
            if (page >= list.get("totalPages").asInt()) {
                break;
            }
        }
        assertThat(amounts).as("units with a 2023 self-evaluation in the sample").isNotEmpty();
        List<Map<String, Object>> targets = new ArrayList<>();
        amounts.forEach((unit, amount) -> targets.add(Map.of("unitCode", unit, "amount", amount)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "关于开展2023年度部门整体支出绩效自评工作的通知");
        body.put("kind", "SELF_EVALUATION");
        body.put("fiscalYear", SELF_EVALUATION_YEAR);
        body.put("evaluationKind", "DEPARTMENT_OVERALL");
        body.put("deadline", (SELF_EVALUATION_YEAR + 1) + "-09-30");
        body.put("targets", targets);
        JsonNode campaign = call("issue the 2023 self-evaluation campaign", "finance-admin", "POST", "/api/v1/campaigns", body, null, 201).body();
        assertThat(campaign.get("units").asInt()).as("the campaign's units").isEqualTo(targets.size());
        return new Campaign(campaign.get("id").asText(), targets.size());
    }

    // ------------------------------------------------------------------------------------------------ allocation

    /**
     * Finance proposes the budget year's decisions and confirms a few as they stand, one of each treatment first so
     * that the confirmed decisions are not all alike.
     */
    private int confirmDecisions() {
        JsonNode proposals = call("propose the allocation decisions of " + ALLOCATION_BUDGET_YEAR, "finance-admin", "POST",
                "/api/v1/allocation-decisions/proposals?budgetYear=" + ALLOCATION_BUDGET_YEAR, Map.of(), null, 201).body();
        assertThat(proposals.get("created").asInt()).as("decisions proposed for " + ALLOCATION_BUDGET_YEAR + ": " + proposals.get("created"))
                .isPositive();
        JsonNode proposed = call("list the proposed decisions of " + ALLOCATION_BUDGET_YEAR, "finance-admin", "GET",
                "/api/v1/allocation-decisions?budgetYear=" + ALLOCATION_BUDGET_YEAR + "&state=PROPOSED", null, null, 200).body();
        // by id: the first of each treatment, then the rest in the list's order
        Map<String, JsonNode> chosen = new LinkedHashMap<>();
        List<String> treatments = new ArrayList<>();
        for (JsonNode d : proposed.get("items")) {
            if (!treatments.contains(d.at("/treatment/code").asText())) {
                treatments.add(d.at("/treatment/code").asText());
                chosen.put(d.get("id").asText(), d);
            }
        }
        for (JsonNode d : proposed.get("items")) {
            chosen.putIfAbsent(d.get("id").asText(), d);
        }
        int confirmed = 0;
        for (JsonNode d : chosen.values()) {
            if (confirmed == DECISIONS_TO_CONFIRM) {
                break;
            }
            String id = d.get("id").asText();
            JsonNode answer = call("confirm allocation decision " + id, "finance-admin", "POST", "/api/v1/allocation-decisions/" + id + "/confirm",
                    Map.of(), "\"" + d.get("revision").asLong() + "\"", 200).body();
            assertThat(answer.at("/state/code").asText()).as("decision " + id).isEqualTo("CONFIRMED");
            confirmed++;
        }
        assertThat(confirmed).as("decisions confirmed for " + ALLOCATION_BUDGET_YEAR).isGreaterThanOrEqualTo(2);
        return confirmed;
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private record Answer(JsonNode body, String etag) {
    }

    /**
     * One request as the demo identity, asserting the status. A POST without If-Match is a create (or the proposals):
     * it carries an Idempotency-Key, as a client that may retry sends it.
     */
    private Answer call(String step, String identity, String method, String path, Object body, String ifMatch, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(identity))
                .header("Accept", "application/json")
                .header("Accept-Language", "zh-CN")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        } else if (method.equals("POST")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        HttpResponse<String> response = send(request.build());
        assertThat(response.statusCode()).as(step + " (" + method + " " + path + "): " + response.body()).isEqualTo(expected);
        return new Answer(response.body().isBlank() ? JSON.nullNode() : parse(response.body()),
                response.headers().firstValue("ETag").orElse(null));
    }

    /** The bare bearer token of a demo identity (embedded default only), fetched once per identity. */
    private String token(String identity) {
        return tokens.computeIfAbsent(identity, id -> {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/demo-identities/" + id + "/token"))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(response.statusCode()).as("token of " + id + ": " + response.body()).isEqualTo(200);
            return response.body().strip();
        });
    }

    /** Sends; the service runs with its per-caller limit raised (EmbeddedService), so a 429 is a failure like any other. */
    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.method() + " " + request.uri(), e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
