package cn.gov.daxiang.perf.adapter.rest.sample;

import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.evaluation.Json;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample loader records units' 部门整体 goals and self-evaluations through the use cases, continues what was begun
 * (a goal left as a draft) and records nothing twice; the annual report then counts exactly the sample's money.
 * Years of its own (self-evaluations of 2009, work year 2010) on PostgreSQL.
 */
@QuarkusTest
class SampleSelfEvaluationsLoaderTest {

    private static final EvaluationFixture DISTRICT = new EvaluationFixture("414", 2009, 3);

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @Inject
    DeclareGoalUseCase declare;

    @Inject
    @Readiness
    SampleSelfEvaluationsLoader loader;

    @Test
    void theLoaderRecordsEachUnitOnceContinuingWhatWasBegunAndTheReportCountsItsMoney() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
        SampleSelfEvaluations sample = new SampleSelfEvaluations(2009, List.of(
                unit(DISTRICT.department, "12345678.91", 10, 10),
                unit(DISTRICT.unit(1), "2000000.00", 8, 7),
                unit(DISTRICT.unit(2), "999.09", 6, 6),
                unit(DISTRICT.unit(3), "500000.00", 12, 12)));
        // A run was killed after unit 2's goal was declared (left as a draft) and the first unit was done.
        SampleSelfEvaluations.Unit begun = sample.units().get(2);
        UnitCode code = UnitCode.of(begun.unitCode());
        declare.declareGoal(new Actor("sample-loader:unit-" + code.value(), Set.of(Role.UNIT_OPERATOR), code, null, "test"),
                new DeclareGoalCommand(GoalKind.DEPARTMENT_OVERALL, FiscalYear.of(2009), code, null, null, SampleSelfEvaluationsLoader.content(
                        FiscalYear.of(2009), BudgetUnit.of(code, "测试单位", UnitCode.of(DISTRICT.department), true), begun)));
        assertThat(loader.load(new SampleSelfEvaluations(2009, sample.units().subList(0, 1)))).isEqualTo(1);

        assertThat(loader.load(sample)).as("the rest, the begun unit continued").isEqualTo(3);
        assertThat(loader.load(sample)).as("a second run records nothing").isZero();

        JsonPath report = Json.of(given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/annual-reports/2010")
                .then().statusCode(200).extract().response());
        assertThat(report.getInt("selfEvaluationCoverage.unitsInScope")).isEqualTo(4);
        assertThat(report.getInt("selfEvaluationCoverage.unitsEvaluated")).isEqualTo(4);
        assertThat(report.getInt("selfEvaluationCoverage.unitsCompleted")).isEqualTo(4);
        BigDecimal sum = sample.units().stream().map(SampleSelfEvaluations.Unit::adjustedBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(Json.decimal(report, "selfEvaluationCoverage.money.yuan")).isEqualByComparingTo(sum);
        assertThat(Json.decimal(report, "selfEvaluationCoverage.money.wanYuan")).isEqualByComparingTo("1484.67");
        // The unit that missed a task explained it; every evaluation is finance-reviewed with a grade.
        assertThat(given().auth().oauth2(TestTokens.auditor()).queryParam("fiscalYear", 2009).queryParam("status", "FINANCE_REVIEWED")
                .queryParam("unitCode", DISTRICT.unit(1)).when().get("/api/v1/self-evaluations").then().statusCode(200)
                .extract().jsonPath().getList("items.result.grade")).hasSize(1);
    }

    @Test
    void unitsTheProvinceDidNotSendAreLeftOutTheOthersRecordedAndReadinessStaysUp() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, DISTRICT.batch());
        SampleSelfEvaluations sample = new SampleSelfEvaluations(2002, List.of(unit("414999", "100.00", 1, 1),
                unit(DISTRICT.unit(1), "300000.00", 5, 5)));
        assertThat(loader.load(sample)).as("the known unit only").isEqualTo(1);
        assertThat(loader.call().getStatus()).isEqualTo(org.eclipse.microprofile.health.HealthCheckResponse.Status.UP);
        assertThat(loader.call().getData().orElseThrow()).containsEntry("unitsNotInDistrict", 1L);
        assertThat(given().auth().oauth2(TestTokens.auditor()).queryParam("fiscalYear", 2002).queryParam("kind", "DEPARTMENT_OVERALL")
                .when().get("/api/v1/self-evaluations").then().statusCode(200).extract().jsonPath().getList("items.unitCode"))
                .containsExactly(DISTRICT.unit(1));
    }

    private static SampleSelfEvaluations.Unit unit(String code, String budget, int planned, int done) {
        return new SampleSelfEvaluations.Unit(code, new BigDecimal(budget), new BigDecimal(budget).multiply(new BigDecimal("0.95"))
                .setScale(2, java.math.RoundingMode.HALF_UP), planned, done, new BigDecimal("97.5"), 90, new BigDecimal("93.0"));
    }
}
