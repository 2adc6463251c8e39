package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalSheetRow;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The declaration table (绩效目标申报表): export, import back, import new goals, and all-or-nothing on bad rows. */
@QuarkusTest
class GoalSpreadsheetTest {

    private static final GoalFixture DISTRICT = new GoalFixture("314");

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    private final String unit = TestTokens.unitOperator(DISTRICT.unit);

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(GoalFixture.LOADER, DISTRICT.batch(6));
    }

    private String declared(int project) {
        return GoalFixture.declare(unit, DISTRICT.declareBody("PROJECT", DISTRICT.project(project), GoalFixture.goodContent()))
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private byte[] export(String id) {
        return given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id + "/declaration.xlsx")
                .then().statusCode(200)
                .contentType(GoalDeclarationWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
    }

    private Response upload(byte[] workbook) {
        return given().auth().oauth2(unit).contentType(GoalDeclarationWorkbook.MEDIA_TYPE).body(workbook)
                .when().post("/api/v1/performance-goals/imports");
    }

    @Test
    void anExportedGoalImportsBackIntoAnEqualGoal() {
        String id = declared(1);
        JsonPath before = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id).then().extract().jsonPath();
        byte[] workbook = export(id);
        assertThat(GoalDeclarationWorkbook.read(new ByteArrayInputStream(workbook))).hasSize(5);

        upload(workbook).then().statusCode(201).body("imported", equalTo(1)).body("goals[0].id", equalTo(id));

        JsonPath after = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id).then().extract().jsonPath();
        assertThat(after.getMap("current.content")).isEqualTo(before.getMap("current.content"));
        assertThat(after.getLong("revision")).isEqualTo(before.getLong("revision") + 1);
    }

    @Test
    void rowsWithoutAGoalIdDeclareNewGoalsWithTheSameContent() {
        String id = declared(2);
        List<GoalSheetRow> rows = GoalDeclarationWorkbook.read(new ByteArrayInputStream(export(id))).stream()
                .map(r -> asNew(r, DISTRICT.project(3))).toList();

        String newId = upload(GoalDeclarationWorkbook.write(rows)).then().statusCode(201).body("imported", equalTo(1))
                .extract().jsonPath().getString("goals[0].id");

        JsonPath original = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + id).then().extract().jsonPath();
        JsonPath imported = given().auth().oauth2(unit).when().get("/api/v1/performance-goals/" + newId).then().extract().jsonPath();
        assertThat(imported.getString("projectCode")).isEqualTo(DISTRICT.project(3));
        assertThat(imported.getString("current.content.annualOverallGoal")).isEqualTo(original.getString("current.content.annualOverallGoal"));
        assertThat(withoutIds(imported.getList("current.content.indicators"))).isEqualTo(withoutIds(original.getList("current.content.indicators")));
    }

    @Test
    void anImportWithOneBadRowReportsItAndWritesNothing() {
        String id = declared(4);
        List<GoalSheetRow> good = GoalDeclarationWorkbook.read(new ByteArrayInputStream(export(id))).stream()
                .map(r -> asNew(r, DISTRICT.project(5))).toList();
        List<GoalSheetRow> withBadRow = new java.util.ArrayList<>(good);
        GoalSheetRow third = good.get(2);
        withBadRow.set(2, new GoalSheetRow(third.row(), null, third.kind(), third.fiscalYear(), third.unitCode(), third.projectCode(),
                third.annualOverallGoal(), third.longTermGoal(), third.departmentDuties(), null, null, null, third.level1(), third.level2(),
                third.indicatorName(), third.valueType(), "大于", "三百五十", null, third.unitOfMeasure(), third.weight(), null, null, null));
        int goalsBefore = given().auth().oauth2(unit).when().get("/api/v1/performance-goals").then().extract().jsonPath().getInt("total");

        upload(GoalDeclarationWorkbook.write(withBadRow))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("GOAL_IMPORT_REJECTED"))
                .body("violations.field", hasItem("rows[" + third.row() + "].指标性质"))
                .body("violations.field", hasItem("rows[" + third.row() + "].指标值"));

        given().auth().oauth2(unit).when().get("/api/v1/performance-goals").then().body("total", equalTo(goalsBefore));
        given().auth().oauth2(unit).queryParam("projectCode", DISTRICT.project(5)).when().get("/api/v1/performance-goals")
                .then().body("total", equalTo(0));
    }

    @Test
    void aFileThatIsNotAWorkbookIs400() {
        upload("not a spreadsheet".getBytes()).then().statusCode(400).body("code", equalTo("SPREADSHEET_MALFORMED"));
    }

    @Test
    void anotherUnitsGoalInTheTableIsRefusedAsAWhole() {
        String id = declared(6);
        AuditTrailProbe.expectNoEvent("performance-goal", id, () ->
                given().auth().oauth2(TestTokens.unitOperator("105002")).contentType(GoalDeclarationWorkbook.MEDIA_TYPE)
                        .body(export(id)).when().post("/api/v1/performance-goals/imports").then().statusCode(403));
    }

    private static GoalSheetRow asNew(GoalSheetRow r, String project) {
        return new GoalSheetRow(r.row(), null, r.kind(), r.fiscalYear(), r.unitCode(), project, r.annualOverallGoal(), r.longTermGoal(),
                r.departmentDuties(), r.issuingLevel(), r.documentNumber(), r.upperGoalText(), r.level1(), r.level2(), r.indicatorName(),
                r.valueType(), r.comparator(), r.targetValue(), r.targetText(), r.unitOfMeasure(), r.weight(), r.explanation(),
                r.scoringRule(), null);
    }

    private static List<Map<String, Object>> withoutIds(List<Map<String, Object>> indicators) {
        return indicators.stream().map(i -> {
            Map<String, Object> copy = new java.util.HashMap<>(i);
            copy.remove("id");
            return (Map<String, Object>) copy;
        }).toList();
    }
}
