package cn.gov.daxiang.perf.adapter.rest.annualreport;

import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Json;
import cn.gov.daxiang.perf.adapter.rest.sample.KeyEvaluationRecorder;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.as;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.command;
import static cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture.entries;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The annual report over REST on PostgreSQL, computed from records this class makes in years of its own (work year 2012:
 * goals of 2012, self-evaluations of 2011, key evaluations planned in 2012), so that other test classes' records never
 * count: the figures are the records', and changing a record moves them.
 */
@QuarkusTest
class AnnualReportTest {

    private static final int WORK_YEAR = 2012;
    private static final EvaluationFixture EVALUATED = new EvaluationFixture("412", 2011, 2);
    private static final EvaluationFixture PLANNED = new EvaluationFixture("412", 2012, 2);
    private static final String REPORT = "/api/v1/annual-reports/" + WORK_YEAR;

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @Inject
    KeyEvaluationRecorder keyEvaluations;

    private final String finance = TestTokens.financeReviewer();
    private final String department = TestTokens.deptReviewer(EVALUATED.department);

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, EVALUATED.batch());
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, PLANNED.batch());
    }

    private static String id(JsonPath json, String indicator) {
        return json.getString("lines.find { it.name == '" + indicator + "' }.indicatorId");
    }

    /** Opens unit n's 部门整体 self-evaluation of 2011 and fills it with every target met and the given adjusted budget. */
    private String evaluatedOverall(int unit, String adjustedBudget) {
        String goal = EVALUATED.approvedGoal("DEPARTMENT_OVERALL", unit, EVALUATED.workedExampleContent());
        String operator = TestTokens.unitOperator(EVALUATED.unit(unit));
        Response opened = as(operator).body("{\"goalId\":\"" + goal + "\"}").when().post("/api/v1/self-evaluations");
        opened.then().statusCode(201);
        JsonPath draft = Json.of(opened);
        String evaluation = draft.getString("id");
        entries(operator, "self-evaluations", evaluation, 0, fill(draft, adjustedBudget)).then().statusCode(200);
        command(operator, "self-evaluations", evaluation, "submit", 1, null).then().statusCode(200).body("status.code", equalTo("SUBMITTED"));
        return evaluation;
    }

    private static String fill(JsonPath draft, String adjustedBudget) {
        return """
                {"execution":{"adjustedBudget":%s,"executed":%s},
                 "lines":[
                  {"indicatorId":"%s","actual":12},{"indicatorId":"%s","actual":350},{"indicatorId":"%s","actual":0},
                  {"indicatorId":"%s","actual":1500},{"indicatorId":"%s","tier":"ACHIEVED","percentage":100},{"indicatorId":"%s","actual":95}
                 ]}""".formatted(adjustedBudget, adjustedBudget, id(draft, "改造小区数量"), id(draft, "单位改造成本"), id(draft, "安全事故起数"),
                id(draft, "受益居民户数"), id(draft, "小区长效管理机制"), id(draft, "居民满意度"));
    }

    private JsonPath report() {
        return Json.of(given().auth().oauth2(TestTokens.auditor()).when().get(REPORT).then().statusCode(200).extract().response());
    }

    @Test
    void theReportsFiguresAreComputedFromTheRecordsAndMoveWhenARecordChanges() {
        // Goals of 2012: unit 1's project and unit 1's overall spending approved; unit 2's project, the department's
        // and unit 2's overall spending not.
        PLANNED.approvedGoal("PROJECT", 1, PLANNED.workedExampleContent());
        PLANNED.approvedGoal("DEPARTMENT_OVERALL", 1, PLANNED.workedExampleContent());
        // Self-evaluations of 2011: both units; unit 1's reviewed through to finance.
        String first = evaluatedOverall(1, "1234567.89");
        String second = evaluatedOverall(2, "2000000.00");
        command(department, "self-evaluations", first, "dept-approve", 2, null).then().statusCode(200);
        command(finance, "self-evaluations", first, "finance-approve", 3, null).then().statusCode(200).body("status.code", equalTo("FINANCE_REVIEWED"));
        // Key evaluations planned in 2012: the department's 2011 overall spending (88.00, 良) and unit 1's 2012 project (91.00, 优).
        keyEvaluations.acceptedDepartmentEvaluation(WORK_YEAR, "测试主管部门412 2011年度部门整体支出重点绩效评价", EVALUATED.department, 2011, "88.00");
        keyEvaluations.acceptedProjectEvaluation(WORK_YEAR, "测试项目412-1重点绩效评价", "OTHER_PROJECT", PLANNED.project(1), PLANNED.unit(1), "91.00");

        JsonPath json = report();
        assertThat(json.getInt("workYear")).isEqualTo(WORK_YEAR);
        assertThat(json.getInt("periods.selfEvaluationYear")).isEqualTo(2011);
        // Goal coverage of the department (its two units and itself): 2 projects, 3 units' overall spending, 2 approved.
        Map<String, Object> line = json.getMap("goalCoverage.byDepartment.find { it.departmentCode == '412001' }");
        assertThat(line).containsEntry("total", 5).containsEntry("covered", 2);
        assertThat(new BigDecimal(line.get("shareByCount").toString())).isEqualByComparingTo("40.00");
        assertThat(json.getInt("goalCoverage.categories.find { it.category.code == 'PROJECT' }.covered")).isEqualTo(1);
        assertThat(Json.decimal(json, "goalCoverage.categories.find { it.category.code == 'PROJECT' }.coveredAmount.wanYuan")).isEqualByComparingTo("300.00");
        // Self-evaluations: 2 units, 1,234,567.89 + 2,000,000.00 = 3,234,567.89 元 → 323.46万元; one completed.
        assertThat(json.getInt("selfEvaluationCoverage.unitsInScope")).isEqualTo(2);
        assertThat(json.getInt("selfEvaluationCoverage.unitsEvaluated")).isEqualTo(2);
        assertThat(json.getInt("selfEvaluationCoverage.unitsCompleted")).isEqualTo(1);
        assertThat(Json.decimal(json, "selfEvaluationCoverage.money.yuan")).isEqualByComparingTo("3234567.89");
        assertThat(Json.decimal(json, "selfEvaluationCoverage.money.wanYuan")).isEqualByComparingTo("323.46");
        assertThat(json.getInt("selfEvaluationCoverage.money.wanYuanDecimals")).isEqualTo(2);
        // Key evaluations: the department's 2011 projects (2 × 3,000,000) and the 2012 project (3,000,000) → 900.0万元.
        assertThat(json.getInt("keyEvaluations.count")).isEqualTo(2);
        assertThat(Json.decimal(json, "keyEvaluations.total.yuan")).isEqualByComparingTo("9000000.00");
        assertThat(Json.decimal(json, "keyEvaluations.total.wanYuan")).isEqualByComparingTo("900.0");
        assertThat(json.getInt("keyEvaluations.total.wanYuanDecimals")).isEqualTo(1);
        assertThat(json.getList("keyEvaluations.bySubjectKind.subjectKind.code")).containsExactly("OTHER_PROJECT", "DEPARTMENT_OVERALL");
        assertThat(json.getString("keyEvaluations.bySubjectKind[0].subjectKind.label")).isNotBlank();
        everyMoneyFigureIsInYuanAndInWanYuanAtItsDecimals(json.getMap("$"));
        assertThat(json.getInt("gradeDistribution.keyEvaluations.find { it.grade.code == 'EXCELLENT' }.count")).isEqualTo(1);
        assertThat(json.getInt("gradeDistribution.keyEvaluations.find { it.grade.code == 'GOOD' }.count")).isEqualTo(1);
        assertThat(Json.decimal(json, "averageScores.categories.find { it.category.code == 'DEPARTMENT_OVERALL' }.averageScore")).isEqualByComparingTo("88.00");
        assertThat(Json.decimal(json, "averageScores.categories.find { it.category.code == 'SPECIAL_FUND' }.averageScore")).isEqualByComparingTo("91.00");
        assertThat(json.getList("paragraphs.zh", String.class)).contains(
                "对2个区本级预算单位2011年度部门整体支出开展绩效自评，涉及财政资金323.46万元，实现预算单位整体支出绩效自评全覆盖。",
                "重点预算绩效评价项目2个（其中：其他项目1个，部门整体支出项目1个），金额共计900.0万元。",
                "重点评价的2个项目，绩效评价结果为1个项目优，1个项目良。",
                "其中：1个部门整体支出绩效评价平均得分88.00分，1个专项资金绩效评价平均得分91.00分。");
        assertThat(json.getList("paragraphs.en", String.class)).anyMatch(p -> p.contains("323.46 万元"));

        // A unit's money: the department returns unit 2's evaluation (it no longer counts), the unit corrects its budget
        // to 3,000,000.00 and submits again: 1,234,567.89 + 3,000,000.00 = 4,234,567.89 元 → 423.46万元.
        command(department, "self-evaluations", second, "dept-return", 2, "{\"reason\":\"全年预算数应为调整后预算\"}").then().statusCode(200);
        JsonPath returned = report();
        assertThat(returned.getInt("selfEvaluationCoverage.unitsEvaluated")).isEqualTo(1);
        assertThat(returned.getList("selfEvaluationCoverage.unitsNotEvaluated")).containsExactly(EVALUATED.unit(2));
        assertThat(Json.decimal(returned, "selfEvaluationCoverage.money.wanYuan")).isEqualByComparingTo("123.46");
        JsonPath draft = Json.of(given().auth().oauth2(TestTokens.unitOperator(EVALUATED.unit(2))).when().get("/api/v1/self-evaluations/" + second)
                .then().statusCode(200).extract().response());
        entries(TestTokens.unitOperator(EVALUATED.unit(2)), "self-evaluations", second, 3,
                "{\"execution\":{\"adjustedBudget\":3000000.00,\"executed\":3000000.00}}").then().statusCode(200);
        command(TestTokens.unitOperator(EVALUATED.unit(2)), "self-evaluations", second, "submit", 4, null).then().statusCode(200);
        assertThat(draft.getString("status.code")).isEqualTo("DRAFT");
        JsonPath corrected = report();
        assertThat(corrected.getInt("selfEvaluationCoverage.unitsEvaluated")).isEqualTo(2);
        assertThat(Json.decimal(corrected, "selfEvaluationCoverage.money.yuan")).isEqualByComparingTo("4234567.89");
        assertThat(Json.decimal(corrected, "selfEvaluationCoverage.money.wanYuan")).isEqualByComparingTo("423.46");

        // A key evaluation's score: a second department evaluation accepted at 79.50 (below 良 in every scheme: 较差 in the
        // district's, 中 in the national one that the catalog picks for 2012) moves the count, the money, the grades and the
        // 部门整体 average: (88.00 + 79.50) / 2 = 83.75.
        keyEvaluations.acceptedDepartmentEvaluation(WORK_YEAR, "测试主管部门412 2011年度部门整体支出复评", EVALUATED.department, 2011, "79.50");
        JsonPath moved = report();
        assertThat(moved.getInt("keyEvaluations.count")).isEqualTo(3);
        assertThat(Json.decimal(moved, "keyEvaluations.total.wanYuan")).isEqualByComparingTo("1500.0");
        assertThat(moved.getInt("gradeDistribution.keyEvaluations.find { it.grade.code == 'GOOD' }.count")).isEqualTo(1);
        assertThat(moved.getInt("gradeDistribution.keyEvaluations.findAll { it.grade.code == 'MEDIUM' || it.grade.code == 'WEAK' }.count.sum()")).isEqualTo(1);
        assertThat(Json.decimal(moved, "averageScores.categories.find { it.category.code == 'DEPARTMENT_OVERALL' }.averageScore")).isEqualByComparingTo("83.75");

        // The .xlsx carries the same figures and native charts referenced by its sheets' drawings.
        xlsxCarriesTheJsonFiguresAndNativeCharts(moved);
    }

    private void xlsxCarriesTheJsonFiguresAndNativeCharts(JsonPath json) {
        byte[] xlsx = given().auth().oauth2(finance).when().get(REPORT + ".xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        Map<String, String> parts = unzip(xlsx);
        List<String> charts = parts.keySet().stream().filter(n -> n.matches("xl/charts/chart\\d+\\.xml")).sorted().toList();
        assertThat(charts).hasSize(3);
        String drawingRels = parts.entrySet().stream().filter(e -> e.getKey().matches("xl/drawings/_rels/drawing\\d+\\.xml\\.rels"))
                .map(Map.Entry::getValue).reduce("", String::concat);
        for (String chart : charts) {
            assertThat(drawingRels).contains("../charts/" + chart.substring("xl/charts/".length()));
        }
        String sheetRels = parts.entrySet().stream().filter(e -> e.getKey().matches("xl/worksheets/_rels/sheet\\d+\\.xml\\.rels"))
                .map(Map.Entry::getValue).reduce("", String::concat);
        Matcher drawings = Pattern.compile("xl/drawings/(drawing\\d+\\.xml)").matcher(String.join(" ", parts.keySet()));
        int found = 0;
        while (drawings.find()) {
            assertThat(sheetRels).contains("../drawings/" + drawings.group(1));
            found++;
        }
        assertThat(found).isEqualTo(2);
        assertThat(parts.get(charts.get(0))).contains("<c:chart").contains("<c:ser>");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            Sheet self = workbook.getSheet(AnnualReportWorkbook.SELF_EVALUATION);
            Row money = find(self, "涉及财政资金（万元）");
            assertThat(BigDecimal.valueOf(money.getCell(1).getNumericCellValue()))
                    .isEqualByComparingTo(Json.decimal(json, "selfEvaluationCoverage.money.wanYuan"));
            assertThat(format.formatCellValue(money.getCell(1))).isEqualTo("423.46");
            assertThat((int) find(self, "已开展自评的单位").getCell(1).getNumericCellValue()).isEqualTo(json.getInt("selfEvaluationCoverage.unitsEvaluated"));
            Row total = find(workbook.getSheet(AnnualReportWorkbook.KEY_EVALUATIONS), "合计");
            assertThat((int) total.getCell(1).getNumericCellValue()).isEqualTo(json.getInt("keyEvaluations.count"));
            assertThat(format.formatCellValue(total.getCell(2))).isEqualTo(Json.decimal(json, "keyEvaluations.total.wanYuan").toPlainString());
            for (Map<String, Object> grade : json.<Map<String, Object>>getList("gradeDistribution.keyEvaluations")) {
                Row row = find(workbook.getSheet(AnnualReportWorkbook.GRADES), ((Map<?, ?>) grade.get("grade")).get("label").toString());
                assertThat((int) row.getCell(1).getNumericCellValue()).as(grade.toString()).isEqualTo(((Number) grade.get("count")).intValue());
            }
            Row average = find(workbook.getSheet(AnnualReportWorkbook.AVERAGES), "部门整体");
            assertThat(BigDecimal.valueOf(average.getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(Json.decimal(json, "averageScores.categories.find { it.category.code == 'DEPARTMENT_OVERALL' }.averageScore"));
            Sheet summary = workbook.getSheet(AnnualReportWorkbook.SUMMARY);
            List<String> texts = new java.util.ArrayList<>();
            summary.forEach(r -> r.forEach(c -> texts.add(format.formatCellValue(c))));
            assertThat(texts).containsAll(json.getList("paragraphs.zh", String.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static Map<String, String> unzip(byte[] xlsx) {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return parts;
    }

    @Test
    void theReportIsForFinanceAndAuditorsAndRefusesAWorkYearThatCannotExist() {
        given().auth().oauth2(TestTokens.financeAdmin()).when().get(REPORT).then().statusCode(200);
        given().auth().oauth2(finance).when().get(REPORT).then().statusCode(200);
        given().auth().oauth2(department).when().get(REPORT).then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOperator(EVALUATED.unit(1))).when().get(REPORT + ".xlsx").then().statusCode(403);
        given().auth().oauth2(TestTokens.evaluator("ZHENRUI")).when().get(REPORT).then().statusCode(403);
        given().auth().oauth2(finance).when().get("/api/v1/annual-reports/abc").then().statusCode(400)
                .body("code", equalTo("ANNUAL_REPORT_WORK_YEAR_MALFORMED"));
        given().auth().oauth2(finance).header("Accept-Language", "en").when().get("/api/v1/annual-reports/2000.xlsx").then().statusCode(400)
                .body("code", equalTo("ANNUAL_REPORT_WORK_YEAR_OUT_OF_RANGE")).body("title", equalTo("Work year out of range"));
        given().when().get(REPORT).then().statusCode(401);
    }

    /** One shape for every money figure of the report: {yuan, wanYuan, wanYuanDecimals}, wanYuan = yuan / 10000 HALF_UP. */
    @SuppressWarnings("unchecked")
    private static void everyMoneyFigureIsInYuanAndInWanYuanAtItsDecimals(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("yuan") || map.containsKey("wanYuan")) {
                assertThat(map.keySet().stream().map(Object::toString).toList()).as(map.toString()).containsExactlyInAnyOrder("yuan", "wanYuan", "wanYuanDecimals");
                int decimals = ((Number) map.get("wanYuanDecimals")).intValue();
                BigDecimal yuan = new BigDecimal(map.get("yuan").toString());
                assertThat(new BigDecimal(map.get("wanYuan").toString())).as(map.toString())
                        .isEqualByComparingTo(yuan.movePointLeft(4).setScale(decimals, java.math.RoundingMode.HALF_UP));
                return;
            }
            map.values().forEach(AnnualReportTest::everyMoneyFigureIsInYuanAndInWanYuanAtItsDecimals);
        } else if (node instanceof List<?> list) {
            list.forEach(AnnualReportTest::everyMoneyFigureIsInYuanAndInWanYuanAtItsDecimals);
        }
    }
}
