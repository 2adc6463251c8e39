package cn.gov.daxiang.perf.adapter.rest.campaign;

import cn.gov.daxiang.perf.adapter.rest.evaluation.InProcessUnits;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Json;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Workbooks;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The district's 2023 部门整体 self-evaluation (SEED §8.2): a campaign to 126 units covering 81,648.29万元 =
 * 816,482,900.00 元, its progress computed from the units' real self-evaluations as they open, submit and get
 * approved. The money is spread evenly to the fen: 816,482,900.00 / 126 = 6,480,023.0158…, so every unit covers
 * 6,480,023.01 and the 74 fen left over (126 × 6,480,023.01 = 816,482,899.26) go one each to units 1–74
 * (6,480,023.02). The first n units then cover, by hand: 30 → 194,400,690.60; 40 → 259,200,920.80;
 * 90 → 74 × 6,480,023.02 + 16 × 6,480,023.01 = 583,202,071.64.
 */
@QuarkusTest
class CampaignProgressTest {

    private static final int UNITS = 126;
    private static final String DEPARTMENT = "560000";
    private static final int YEAR = 2023;

    @Inject
    ImportReferenceDataUseCase importReferenceData;
    @Inject
    InProcessUnits units;

    private final String finance = TestTokens.financeReviewer();

    private static String unit(int i) {
        return String.format("%06d", 560000 + i);
    }

    private static String amount(int i) {
        return i <= 74 ? "6480023.02" : "6480023.01";
    }

    private JsonPath progress(String campaign, String token) {
        return Json.of(given().auth().oauth2(token).when().get("/api/v1/campaigns/" + campaign).then().statusCode(200).extract().response());
    }

    private static void assertCounts(JsonPath campaign, int notStarted, int inProgress, int submitted, int approved, int overdue) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        List<Map<String, Object>> lines = campaign.getList("progress.counts");
        lines.forEach(c -> counts.put(String.valueOf(((Map<?, ?>) c.get("status")).get("code")), (Integer) c.get("units")));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("NOT_STARTED", notStarted,
                "IN_PROGRESS", inProgress, "SUBMITTED", submitted, "APPROVED", approved, "OVERDUE", overdue));
    }

    @Test
    void a126UnitCampaignCountsUnitsAndMoneyExactlyAsTheUnitsSubmitAndGetApproved() {
        List<BudgetUnit> district = new ArrayList<>();
        district.add(BudgetUnit.of(UnitCode.of(DEPARTMENT), "区直部门（测试）", null, true));
        for (int i = 1; i <= UNITS; i++) {
            district.add(BudgetUnit.of(UnitCode.of(unit(i)), "区直单位" + i, UnitCode.of(DEPARTMENT), true));
        }
        importReferenceData.importReferenceData(Actor.system("campaign-test"), new ReferenceDataBatch(district, List.of()));
        Map<Integer, GoalId> goals = new HashMap<>();
        for (int i = 1; i <= UNITS; i++) {
            goals.put(i, units.approvedOverallGoal(unit(i), DEPARTMENT, YEAR));
        }

        StringBuilder targets = new StringBuilder();
        for (int i = 1; i <= UNITS; i++) {
            targets.append(i == 1 ? "" : ",").append("{\"unitCode\":\"").append(unit(i)).append("\",\"amount\":").append(amount(i)).append('}');
        }
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        JsonPath issued = Json.of(as(finance).body("{\"title\":\"关于开展区直预算部门2023年度部门整体绩效自评工作的通知\",\"kind\":\"SELF_EVALUATION\","
                        + "\"fiscalYear\":2023,\"evaluationKind\":\"DEPARTMENT_OVERALL\",\"deadline\":\"" + deadline + "\",\"targets\":[" + targets + "]}")
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().response());
        String campaign = issued.getString("id");
        assertThat(issued.getInt("units")).isEqualTo(126);
        assertThat(Json.decimal(issued, "amount")).isEqualByComparingTo("816482900.00");
        assertCounts(issued, 126, 0, 0, 0, 0);

        // Units 1–40 submit, 41–100 begin.
        Map<Integer, SelfEvaluationDetails> work = new HashMap<>();
        for (int i = 1; i <= 100; i++) {
            work.put(i, units.open(unit(i), goals.get(i)));
        }
        for (int i = 1; i <= 40; i++) {
            work.put(i, units.fillAndSubmit(unit(i), work.get(i)));
        }
        JsonPath first = progress(campaign, finance);
        assertCounts(first, 26, 60, 40, 0, 0);
        assertThat(first.getInt("progress.submittedUnits")).isEqualTo(40);
        assertThat(Json.decimal(first, "progress.submittedAmount")).isEqualByComparingTo("259200920.80");
        assertThat(Json.decimal(first, "progress.submissionShare")).isEqualByComparingTo("31.75");       // 40 / 126 = 31.746…
        assertThat(Json.decimal(first, "progress.completedAmount")).isEqualByComparingTo("0.00");
        assertThat(first.getString("progress.lines.find { it.unitCode == '" + unit(41) + "' }.status.code")).isEqualTo("IN_PROGRESS");

        // Units 1–30 approved by their department and finance, 41–90 submit, 101–110 begin.
        for (int i = 1; i <= 30; i++) {
            units.approve(DEPARTMENT, work.get(i));
        }
        for (int i = 41; i <= 90; i++) {
            work.put(i, units.fillAndSubmit(unit(i), work.get(i)));
        }
        for (int i = 101; i <= 110; i++) {
            work.put(i, units.open(unit(i), goals.get(i)));
        }
        JsonPath second = progress(campaign, finance);
        assertCounts(second, 16, 20, 60, 30, 0);
        assertThat(second.getInt("progress.completedUnits")).isEqualTo(30);
        assertThat(Json.decimal(second, "progress.completedAmount")).isEqualByComparingTo("194400690.60");
        assertThat(Json.decimal(second, "progress.completionShare")).isEqualByComparingTo("23.81");       // 30 / 126 = 23.809…
        assertThat(Json.decimal(second, "progress.completedAmountShare")).isEqualByComparingTo("23.81");
        assertThat(second.getInt("progress.submittedUnits")).isEqualTo(90);
        assertThat(Json.decimal(second, "progress.submittedAmount")).isEqualByComparingTo("583202071.64");

        // A unit sees its own line only; its department sees all its units; another unit does not see the campaign.
        JsonPath own = progress(campaign, TestTokens.unitOperator(unit(5)));
        assertThat(own.getInt("units")).isEqualTo(1);
        assertThat(own.getList("progress.lines.unitCode")).containsExactly(unit(5));
        assertThat(own.getString("progress.lines[0].status.code")).isEqualTo("APPROVED");
        assertThat(progress(campaign, TestTokens.deptReviewer(DEPARTMENT)).getList("progress.lines")).hasSize(126);
        given().auth().oauth2(TestTokens.unitOperator("105002")).when().get("/api/v1/campaigns/" + campaign).then().statusCode(404)
                .body("code", equalTo("CAMPAIGN_NOT_FOUND"));

        // The progress list as .xlsx: a row per unit, the summary with the money.
        byte[] xlsx = given().auth().oauth2(finance).when().get("/api/v1/campaigns/" + campaign + "/progress.xlsx").then().statusCode(200)
                .extract().asByteArray();
        List<List<String>> rows = Workbooks.rows(xlsx);
        assertThat(rows.get(2)).containsExactly("序号", "单位代码", "单位名称", "涉及资金（元）", "状态");
        assertThat(rows.get(3)).containsExactly("1", unit(1), "区直单位1", "6,480,023.02", "审核通过");
        assertThat(rows.get(3 + 125)).containsExactly("126", unit(126), "区直单位126", "6,480,023.01", "未开始");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSequence("下发单位合计", "816,482,900.00", "126"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSequence("审核通过（完成）", "194,400,690.60"));

        // A campaign whose deadline has passed shows the units that have not submitted as overdue.
        StringBuilder late = new StringBuilder();
        for (int i = 101; i <= UNITS; i++) {
            late.append(i == 101 ? "" : ",").append("{\"unitCode\":\"").append(unit(i)).append("\",\"amount\":").append(amount(i)).append('}');
        }
        JsonPath overdue = Json.of(as(finance).body("{\"title\":\"2023年度部门整体绩效自评（补报）\",\"kind\":\"SELF_EVALUATION\",\"fiscalYear\":2023,"
                        + "\"evaluationKind\":\"DEPARTMENT_OVERALL\",\"deadline\":\"2024-10-31\",\"targets\":[" + late + "]}")
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().response());
        assertCounts(overdue, 0, 0, 0, 0, 26);

        // Everyone approved: full coverage of 81,648.29万元.
        for (int i = 31; i <= 90; i++) {
            units.approve(DEPARTMENT, work.get(i));
        }
        for (int i = 91; i <= UNITS; i++) {
            SelfEvaluationDetails draft = work.containsKey(i) ? work.get(i) : units.open(unit(i), goals.get(i));
            units.approve(DEPARTMENT, units.fillAndSubmit(unit(i), draft));
        }
        JsonPath done = progress(campaign, finance);
        assertCounts(done, 0, 0, 0, 126, 0);
        assertThat(Json.decimal(done, "progress.completedAmount")).isEqualByComparingTo("816482900.00");
        assertThat(Json.decimal(done, "progress.completionShare")).isEqualByComparingTo("100.00");
        assertThat(Json.decimal(done, "progress.completedAmountShare")).isEqualByComparingTo(new BigDecimal("100.00"));
    }

    @Test
    void financeIssuesAndExtendsUnitsCannotAndBadTargetsAreRefusedNamingTheField() {
        importReferenceData.importReferenceData(Actor.system("campaign-test"), cn.gov.daxiang.perf.adapter.rest.DistrictFixture.district());
        String body = "{\"title\":\"测试任务\",\"kind\":\"SELF_EVALUATION\",\"fiscalYear\":2023,\"deadline\":\"2030-01-01\","
                + "\"targets\":[{\"unitCode\":\"105002\",\"amount\":100.00}]}";
        as(TestTokens.unitOperator("105002")).body(body).when().post("/api/v1/campaigns").then().statusCode(403);
        as(finance).body(body.replace("100.00", "100.001")).when().post("/api/v1/campaigns").then().statusCode(400)
                .body("violations[0].field", equalTo("targets[0].amount"));
        as(finance).body(body.replace("105002", "999999")).when().post("/api/v1/campaigns").then().statusCode(400)
                .body("code", equalTo("CAMPAIGN_UNITS_UNKNOWN"));
        as(finance).body(body.replace("SELF_EVALUATION", "MONITORING_ROUND")).when().post("/api/v1/campaigns").then().statusCode(400)
                .body("code", equalTo("CAMPAIGN_ROUND_REQUIRED")).body("violations[0].field", equalTo("roundId"));
        String id = as(finance).body(body).when().post("/api/v1/campaigns").then().statusCode(201).header("ETag", "\"0\"")
                .extract().jsonPath().getString("id");
        as(finance).header("If-Match", "\"0\"").body("{\"deadline\":\"2029-01-01\"}").when().put("/api/v1/campaigns/" + id + "/deadline")
                .then().statusCode(422).body("code", equalTo("CAMPAIGN_DEADLINE_NOT_LATER"));
        as(finance).header("If-Match", "\"0\"").body("{\"deadline\":\"2030-02-01\"}").when().put("/api/v1/campaigns/" + id + "/deadline")
                .then().statusCode(200).header("ETag", "\"1\"").body("deadline", equalTo("2030-02-01"));
        as(finance).header("If-Match", "\"1\"").body("{\"targets\":[{\"unitCode\":\"105002\",\"amount\":1}]}")
                .when().post("/api/v1/campaigns/" + id + "/targets").then().statusCode(400).body("code", equalTo("CAMPAIGN_TARGET_DUPLICATE"));
        as(finance).header("If-Match", "\"1\"").body("{\"targets\":[{\"unitCode\":\"105001\",\"amount\":50.50}]}")
                .when().post("/api/v1/campaigns/" + id + "/targets").then().statusCode(200).body("units", equalTo(2)).body("amount", equalTo(150.5f));
        as(TestTokens.deptReviewer("105001")).header("If-Match", "\"2\"").body("{\"deadline\":\"2031-01-01\"}")
                .when().put("/api/v1/campaigns/" + id + "/deadline").then().statusCode(403);
    }
}
