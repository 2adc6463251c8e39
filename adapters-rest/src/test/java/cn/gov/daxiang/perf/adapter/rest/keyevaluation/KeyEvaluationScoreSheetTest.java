package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The evaluation score sheet (评价得分表) out and back in: the agency downloads it, fills 得分 and 评分说明 and uploads the
 * same file; a sheet with bad rows records nothing and names every bad row and column. And the agency quality ledger
 * that finance reads afterwards. Plan year 2027 is this class's own.
 */
@QuarkusTest
class KeyEvaluationScoreSheetTest {

    private static final int YEAR = 2027;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String finance = TestTokens.financeReviewer();
    private final String zhenrui = TestTokens.evaluator("ZHENRUI");
    private final String other = TestTokens.evaluator("OTHERAGENCY");

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static RequestSpecification as(String token, long revision) {
        return as(token).header("If-Match", "\"" + revision + "\"");
    }

    private static long revision(Response response) {
        return Long.parseLong(response.getHeader("ETag").replace("\"", ""));
    }

    /** An evaluation in fieldwork with the district framework; returns its path and revision. */
    private Object[] inFieldwork(String title) {
        Response planned = as(finance).body("{\"title\":\"" + title + "\",\"fiscalYear\":" + YEAR + ",\"subjectKind\":\"SPECIAL_BOND\",\"dueDate\":\""
                        + YEAR + "-10-31\",\"object\":{\"kind\":\"PROJECT\",\"projectCode\":\"" + DistrictFixture.RENOVATION_2024 + "\"}}")
                .when().post("/api/v1/key-evaluations");
        planned.then().statusCode(201);
        String at = "/api/v1/key-evaluations/" + planned.jsonPath().getString("id");
        long rev = revision(as(finance, revision(planned)).body("{\"agencyId\":\"ZHENRUI\"}").when().post(at + "/commission").then().statusCode(200).extract().response());
        rev = revision(as(zhenrui, rev).body("{\"frameworkCode\":\"DISTRICT-PROJECT\",\"version\":1}").when().put(at + "/framework").then().statusCode(200).extract().response());
        rev = revision(as(zhenrui, rev).body("{}").when().post(at + "/fieldwork").then().statusCode(200).extract().response());
        return new Object[]{at, rev};
    }

    /** The downloaded sheet with 得分 and 评分说明 filled by indicator code (code → {score, note}). */
    private static byte[] filled(byte[] sheet, Map<String, String[]> entries) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : s) {
                Cell code = row.getCell(0);
                String[] entry = code == null ? null : entries.get(format.formatCellValue(code));
                if (entry != null) {
                    if (entry[0].matches("[0-9.]+")) {
                        row.createCell(6).setCellValue(Double.parseDouble(entry[0]));
                    } else {
                        row.createCell(6).setCellValue(entry[0]);
                    }
                    if (entry[1] != null) {
                        row.createCell(7).setCellValue(entry[1]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Every level-3 indicator of the district framework at full points. */
    private static Map<String, String[]> fullPoints() {
        Map<String, String[]> entries = new HashMap<>();
        String[][] leaves = {{"A11", "4"}, {"A12", "4"}, {"A21", "6"}, {"A22", "6"}, {"B11", "4"}, {"B12", "4"}, {"B21", "6"}, {"B22", "6"},
                {"C11", "10"}, {"C12", "10"}, {"C13", "8"}, {"C14", "7"}, {"C21", "15"}, {"C22", "10"}};
        for (String[] leaf : leaves) {
            entries.put(leaf[0], new String[]{leaf[1], null});
        }
        return entries;
    }

    @Test
    void the_agency_scores_by_sending_back_the_downloaded_sheet_and_a_sheet_with_bad_rows_records_nothing_naming_each() throws Exception {
        Object[] started = inFieldwork("评分表往返");
        String at = (String) started[0];
        long rev = (long) started[1];

        Response download = as(zhenrui).when().get(at + "/score-sheet.xlsx");
        download.then().statusCode(200).contentType(XLSX);
        assertThat(download.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
        byte[] sheet = download.asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("评价得分表");
        }

        Map<String, String[]> bad = fullPoints();
        bad.put("A11", new String[]{"四", null});
        bad.put("C21", new String[]{"16", "超出分值"});
        bad.put("C22", new String[]{"8", null});
        as(zhenrui, rev).contentType(XLSX).body(filled(sheet, bad)).when().put(at + "/score-sheet.xlsx")
                .then().statusCode(422).body("code", equalTo("KEY_EVALUATION_SCORE_SHEET_REJECTED"))
                .body("violations.size()", equalTo(3))
                .body("violations.code", equalTo(List.of("SCORE_NOT_A_NUMBER", "SCORE_NOT_WITHIN_POINTS", "SCORE_NOTE_REQUIRED")))
                .body("violations[0].field", equalTo(rowField(sheet, "A11", "得分")))
                .body("violations[2].field", equalTo(rowField(sheet, "C22", "评分说明")));
        as(finance).when().get(at).then().statusCode(200).body("scoredTotal", nullValue());

        Map<String, String[]> good = fullPoints();
        good.put("C22", new String[]{"8.5", "满意度调查得分率85%"});
        Response imported = as(zhenrui, rev).contentType(XLSX).body(filled(sheet, good)).when().put(at + "/score-sheet.xlsx");
        imported.then().statusCode(200).body("scored", equalTo(14)).body("total", equalTo(98.50f));
        as(finance).when().get(at).then().statusCode(200).body("scoredTotal", equalTo(98.50f));

        // Downloaded again with scores and subtotals, and sent back as it is: the subtotal rows are the sheet's own sums.
        byte[] scoredSheet = as(zhenrui).when().get(at + "/score-sheet.xlsx").then().statusCode(200).extract().asByteArray();
        long scoredRevision = revision(imported);
        imported = as(zhenrui, scoredRevision).contentType(XLSX).body(scoredSheet).when().put(at + "/score-sheet.xlsx");
        imported.then().statusCode(200).body("scored", equalTo(14)).body("total", equalTo(98.50f));

        as(other).contentType(XLSX).header("If-Match", "\"" + revision(imported) + "\"").body(filled(sheet, good))
                .when().put(at + "/score-sheet.xlsx").then().statusCode(404);
        as(other).when().get(at + "/score-sheet.xlsx").then().statusCode(404);
        as(zhenrui, revision(imported)).contentType(XLSX).body("not a workbook".getBytes()).when().put(at + "/score-sheet.xlsx")
                .then().statusCode(400).body("code", equalTo("SPREADSHEET_MALFORMED"));
    }

    /** The violation field of an indicator's row: rows[N].column with N the sheet's row number. */
    private static String rowField(byte[] sheet, String code, String column) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(0) != null && format.formatCellValue(row.getCell(0)).equals(code)) {
                    return "rows[" + (row.getRowNum() + 1) + "]." + column;
                }
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    void finance_reads_the_agencys_quality_ledger_and_agencies_and_units_may_not() {
        Object[] started = inFieldwork("质量台账");
        String at = (String) started[0];
        long rev = (long) started[1];
        StringBuilder body = new StringBuilder("{\"scores\":[");
        fullPoints().forEach((code, entry) -> body.append("{\"indicatorCode\":\"").append(code).append("\",\"score\":").append(entry[0]).append("},"));
        body.setLength(body.length() - 1);
        rev = revision(as(zhenrui, rev).body(body.append("]}").toString()).when().put(at + "/scores").then().statusCode(200).extract().response());
        rev = revision(as(zhenrui, rev).body("{}").when().post(at + "/submit").then().statusCode(200).extract().response());
        as(finance, rev).body("{\"reasons\":[\"佐证不足\"]}").when().post(at + "/return").then().statusCode(200);

        given().auth().oauth2(finance).queryParam("fiscalYear", YEAR).when().get("/api/v1/agencies/ZHENRUI/quality-ledger")
                .then().statusCode(200).body("agencyId", equalTo("ZHENRUI"))
                .body("lines.find { it.title == '质量台账' }.reworkRounds", equalTo(1))
                .body("lines.find { it.title == '质量台账' }.agencyScore", equalTo(100.00f))
                .body("lines.find { it.title == '质量台账' }.daysLate", equalTo(0));
        given().auth().oauth2(zhenrui).queryParam("fiscalYear", YEAR).when().get("/api/v1/agencies/ZHENRUI/quality-ledger").then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOperator(DistrictFixture.HOUSING_CENTRE)).queryParam("fiscalYear", YEAR)
                .when().get("/api/v1/agencies/ZHENRUI/quality-ledger").then().statusCode(403);
        given().auth().oauth2(finance).queryParam("fiscalYear", YEAR).when().get("/api/v1/agencies/NOBODY/quality-ledger").then().statusCode(404);
        given().auth().oauth2(finance).when().get("/api/v1/agencies/ZHENRUI/quality-ledger").then().statusCode(400);
    }
}
