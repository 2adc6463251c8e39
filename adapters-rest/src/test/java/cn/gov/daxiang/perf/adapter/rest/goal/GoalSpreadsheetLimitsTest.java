package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.evaluation.Workbooks;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.adapter.rest.shared.HostileWorkbooks;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimits;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetSettings;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalSheetRow;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The declaration table's upload within its limits (413 for what the file unpacks to, 422 for its table, the
 * problem naming the limit and its value, nothing written), and formula-looking text escaped in the export and
 * restored by the import.
 */
@QuarkusTest
class GoalSpreadsheetLimitsTest {

    private static final GoalFixture DISTRICT = new GoalFixture("387");

    @Inject
    ImportReferenceDataUseCase importReferenceData;
    @Inject
    SpreadsheetSettings settings;

    private final String unit = TestTokens.unitOperator(DISTRICT.unit);

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(GoalFixture.LOADER, DISTRICT.batch(3));
    }

    private Response upload(byte[] workbook) {
        return given().auth().oauth2(unit).contentType(GoalDeclarationWorkbook.MEDIA_TYPE).body(workbook)
                .when().post("/api/v1/performance-goals/imports");
    }

    private int goals() {
        return given().auth().oauth2(unit).when().get("/api/v1/performance-goals").then().statusCode(200).extract().jsonPath().getInt("total");
    }

    @Test
    void theConfiguredLimitsAreTheDocumentedDefaults() {
        assertThat(settings.limits()).isEqualTo(SpreadsheetLimits.DEFAULTS);
        assertThat(settings.concurrency()).isEqualTo(2);
        assertThat(settings.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void formulaLookingTextsAreEscapedInTheExportAndImportBackUnchanged() {
        String content = """
                {"annualOverallGoal":"=2024年完成12个老旧小区改造，惠及居民1500户。",
                 "longTermGoal":"+三年内完成全区老旧小区改造。",
                 "departmentDuties":"@负责城市建设和老旧小区改造。",
                 "indicators":[
                  {"level1":"OUTPUT","level2":"QUANTITY","name":"-改造小区数量","valueType":"QUANTITATIVE","comparator":"≥","targetValue":12,
                   "unitOfMeasure":"个","weight":30,"explanation":"=HYPERLINK(\\"http://example.invalid\\",\\"点击\\")","scoringRule":"'=已有撇号的文字"},
                  {"level1":"OUTPUT","level2":"COST","name":"单位成本变化率","valueType":"QUANTITATIVE","comparator":"≤","targetValue":-5,
                   "unitOfMeasure":"%","weight":70,"explanation":"'普通撇号开头"}
                 ]}""";
        String id = GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(1), content))
                .then().statusCode(201).extract().jsonPath().getString("id");
        JsonPath before = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id).then().extract().jsonPath();
        byte[] exported = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id + "/declaration.xlsx")
                .then().statusCode(200).extract().asByteArray();

        // What a user sees in the cells, and what a CSV saved from them would hold: inert text.
        List<List<String>> rows = Workbooks.rows(exported);
        List<String> first = rows.get(2);
        List<String> second = rows.get(3);
        assertThat(first.get(GoalSheetRow.HEADERS.indexOf("年度总体目标"))).isEqualTo("'=2024年完成12个老旧小区改造，惠及居民1500户。");
        assertThat(first.get(GoalSheetRow.HEADERS.indexOf("长期目标"))).isEqualTo("'+三年内完成全区老旧小区改造。");
        assertThat(first.get(GoalSheetRow.HEADERS.indexOf("部门职责"))).isEqualTo("'@负责城市建设和老旧小区改造。");
        assertThat(first.get(GoalSheetRow.HEADERS.indexOf("三级指标"))).isEqualTo("'-改造小区数量");
        assertThat(first.get(GoalSheetRow.HEADERS.indexOf("指标解释"))).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"点击\")");
        assertThat(first.get(GoalSheetRow.HEADERS.indexOf("评分标准"))).isEqualTo("''=已有撇号的文字");
        assertThat(second.get(GoalSheetRow.HEADERS.indexOf("指标值"))).isEqualTo("'-5");
        assertThat(second.get(GoalSheetRow.HEADERS.indexOf("指标解释"))).isEqualTo("'普通撇号开头");
        assertThat(rows).allSatisfy(row -> assertThat(row).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0));

        upload(exported).then().statusCode(201).body("goals[0].id", equalTo(id));

        JsonPath after = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id).then().extract().jsonPath();
        assertThat(after.getMap("current.content")).isEqualTo(before.getMap("current.content"));
        assertThat(after.getString("current.content.indicators[1].targetValue")).isEqualTo("-5");
        assertThat(after.getLong("revision")).isEqualTo(before.getLong("revision") + 1);
    }

    @Test
    void aTableOfMoreDataRowsThanTheLimitIs422NamingTheLimitAndWritesNothing() {
        int before = goals();

        upload(HostileWorkbooks.declarationTable(SpreadsheetLimits.DEFAULTS.maxRows() + 1, DISTRICT.unit, 21))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("code", equalTo("SPREADSHEET_TOO_MANY_ROWS"))
                .body("detail", containsString("20000")).body("detail", containsString("perf.spreadsheet.max-rows"))
                .body("violations[0].field", equalTo("body"));

        assertThat(goals()).isEqualTo(before);
    }

    @Test
    void aTableThatUnpacksBeyondThePartLimitIs413NamingTheLimitAndWritesNothing() {
        // 4.8 MB that unpack to 59 MB of sheet: the probe's hostile upload, under the 5 MB body limit.
        byte[] hostile = HostileWorkbooks.declarationTable(72_000, DISTRICT.unit, 22);
        assertThat(hostile.length).isBetween(4_500_000, 5_242_880);
        int before = goals();

        given().auth().oauth2(unit).header("Accept-Language", "en").contentType(GoalDeclarationWorkbook.MEDIA_TYPE).body(hostile)
                .when().post("/api/v1/performance-goals/imports")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("code", equalTo("SPREADSHEET_PART_TOO_LARGE"))
                .body("detail", equalTo(HostileWorkbooks.SHEET_ENTRY + " in the file unpacks to more than 33554432 bytes "
                        + "(limit perf.spreadsheet.max-part-size)."));

        assertThat(goals()).isEqualTo(before);
    }

    @Test
    void aRejectedImportListsItsFirst200ProblemsAndCountsThemAll() {
        // 300 rows for projects the unit does not have: at least one problem each.
        Response response = upload(HostileWorkbooks.declarationTable(300, DISTRICT.unit, 23));

        response.then().statusCode(422).body("code", equalTo("GOAL_IMPORT_REJECTED")).body("violations", hasSize(200));
        String count = response.jsonPath().getString("detail").replaceAll("\\D+", " ").strip().split(" ")[0];
        assertThat(Integer.parseInt(count)).isGreaterThan(200);
    }
}
