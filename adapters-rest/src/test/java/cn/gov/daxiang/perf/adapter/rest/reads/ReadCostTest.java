package cn.gov.daxiang.perf.adapter.rest.reads;

import cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a read costs the database, counted rather than timed: the SQL statements and transactions of a read by id
 * and of a page. A page costs the same number of statements whatever its size (names, kinds and library entries
 * are looked up for the whole page at once, never per row), and a request is one transaction.
 */
@QuarkusTest
class ReadCostTest {

    private static final GoalFixture FIXTURE = new GoalFixture("487");
    private static final int PROJECTS = 12;

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @Inject
    SessionFactory sessionFactory;

    private final List<String> goals = new ArrayList<>();

    @BeforeEach
    void projectsWithGoals() {
        importReferenceData.importReferenceData(GoalFixture.LOADER, FIXTURE.batch(PROJECTS));
        String operator = TestTokens.unitOperator(FIXTURE.unit);
        for (int n = 1; n <= PROJECTS; n++) {
            Response declared = GoalFixture.declare(operator, FIXTURE.declareBody("PROJECT", FIXTURE.project(n), GoalFixture.goodContent()));
            if (declared.statusCode() == 201) {
                goals.add(declared.jsonPath().getString("id"));
            }
        }
        if (goals.isEmpty()) {
            // declared by an earlier test method of this class (one live goal per project and year)
            goals.addAll(given().auth().oauth2(TestTokens.financeAdmin()).queryParam("unitCode", FIXTURE.unit).queryParam("size", 100)
                    .when().get("/api/v1/performance-goals").then().statusCode(200).extract().jsonPath().getList("items.id", String.class));
        }
        assertThat(goals).hasSize(PROJECTS);
    }

    @Test
    void aProjectByCodeIsThreeStatementsInOneTransaction() {
        Cost cost = cost(() -> get("/api/v1/projects/" + FIXTURE.project(3)));
        // the project (by its natural id), its kinds, its library entry
        assertThat(cost.statements()).isEqualTo(3);
        assertThat(cost.transactions()).isEqualTo(1);
    }

    @Test
    void aPageOfProjectsCostsTheSameStatementsWhateverItsSize() {
        Cost two = cost(() -> get("/api/v1/projects?unitCode=" + FIXTURE.unit + "&size=2"));
        Cost twelve = cost(() -> get("/api/v1/projects?unitCode=" + FIXTURE.unit + "&size=12"));
        // the count, the page's ids, the page's rows, their kinds, their library entries
        assertThat(two.statements()).isEqualTo(5);
        assertThat(twelve).isEqualTo(two);
        assertThat(twelve.transactions()).isEqualTo(1);
    }

    @Test
    void aGoalWithItsIndicatorTreeByIdIsFourStatementsInOneTransaction() {
        Cost cost = cost(() -> get("/api/v1/performance-goals/" + goals.get(5)));
        // the goal with its versions and review agency, the versions' indicators, the unit (name, department), the project (name)
        assertThat(cost.statements()).isEqualTo(4);
        assertThat(cost.transactions()).isEqualTo(1);
    }

    @Test
    void aPageOfGoalsCostsTheSameStatementsWhateverItsSize() {
        Cost two = cost(() -> get("/api/v1/performance-goals?unitCode=" + FIXTURE.unit + "&size=2"));
        Cost twelve = cost(() -> get("/api/v1/performance-goals?unitCode=" + FIXTURE.unit + "&size=12"));
        assertThat(twelve).isEqualTo(two);
        assertThat(twelve.transactions()).isEqualTo(1);
    }

    private record Cost(long statements, long transactions) {
    }

    private Cost cost(Supplier<Response> read) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        read.get().then().statusCode(200);
        Cost cost = new Cost(statistics.getPrepareStatementCount(), statistics.getTransactionCount());
        System.out.printf("[read-cost] %d SQL statements, %d transactions%n", cost.statements(), cost.transactions());
        return cost;
    }

    private static Response get(String path) {
        return given().auth().oauth2(TestTokens.financeAdmin()).when().get(path);
    }
}
