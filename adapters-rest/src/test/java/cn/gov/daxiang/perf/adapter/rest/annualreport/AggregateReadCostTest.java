package cn.gov.daxiang.perf.adapter.rest.annualreport;

import cn.gov.daxiang.perf.adapter.rest.evaluation.EvaluationFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregate reads are counted by the store: the goal coverage and the annual report (JSON and .xlsx) cost the same
 * number of SQL statements for 20 units and projects as for 320 (records of a year of their own, 2041), while their
 * figures follow the records.
 */
@QuarkusTest
class AggregateReadCostTest {

    private static final EvaluationFixture SMALL = new EvaluationFixture("441", 2041, 20);
    private static final EvaluationFixture LARGE = new EvaluationFixture("441", 2041, 320);
    private static final String COVERAGE = "/api/v1/goal-coverage?fiscalYear=2041";
    private static final String REPORT = "/api/v1/annual-reports/2041";

    @Inject
    ImportReferenceDataUseCase importReferenceData;
    @Inject
    SessionFactory sessionFactory;

    private final String finance = TestTokens.financeReviewer();

    @Test
    void theCoverageAndTheAnnualReportCostTheSameStatementsForSixteenTimesTheUnitsAndProjects() {
        importReferenceData.importReferenceData(EvaluationFixture.LOADER, SMALL.batch());
        long coverageSmall = statements(COVERAGE);
        long reportSmall = statements(REPORT);
        long workbookSmall = statements(REPORT + ".xlsx");
        assertThat(projects(COVERAGE)).isEqualTo(20);
        // units are counted district-wide (not per year), so other test classes' units count too: compare the increase
        int unitsSmall = departmentOverallTotal();

        importReferenceData.importReferenceData(EvaluationFixture.LOADER, LARGE.batch());

        assertThat(projects(COVERAGE)).as("the figures follow the records").isEqualTo(320);
        assertThat(departmentOverallTotal()).as("the 300 units added").isEqualTo(unitsSmall + 300);
        assertThat(statements(COVERAGE)).as("goal coverage").isEqualTo(coverageSmall);
        assertThat(statements(REPORT)).as("annual report").isEqualTo(reportSmall);
        assertThat(statements(REPORT + ".xlsx")).as("annual report .xlsx").isEqualTo(workbookSmall);
    }

    private int departmentOverallTotal() {
        return JsonPath.from(get(REPORT)).getInt("goalCoverage.categories.find { it.category.code == 'DEPARTMENT_OVERALL' }.total");
    }

    private int projects(String path) {
        return JsonPath.from(get(path)).getInt("categories.find { it.category.code == 'PROJECT' }.total");
    }

    private String get(String path) {
        return given().auth().oauth2(finance).when().get(path).then().statusCode(200).extract().asString();
    }

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        given().auth().oauth2(finance).when().get(path).then().statusCode(200);
        long count = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return count;
    }
}
