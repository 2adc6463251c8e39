package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.service.ProvincialReports;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.sync.JsonPayload;
import cn.gov.daxiang.perf.domain.sync.ProvincialReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * The outbox is transactional: a report exists exactly when the state change it reports committed. A test-only
 * event type shows how any service reports (one record, one call in its transaction).
 */
@QuarkusTest
class OutboxTransactionTest {

    @Inject
    DataSource dataSource;
    @Inject
    ProvincialReports reports;

    private final ProvincialPlatformSimulator simulator = SyncFixture.simulator();

    /** A pushed event type of its own, as a feature would add one (e.g. goal.approved). */
    record GoalApprovedForTest(String goalId, String projectCode) implements ProvincialReport {
        public String messageType() {
            return "test.goal-approved";
        }

        public String subjectType() {
            return "performance-goal";
        }

        public String subjectId() {
            return goalId;
        }

        public JsonPayload payload() {
            return JsonPayload.object().put("mof_div_code", "430503").put("pro_code", projectCode).put("goal_name", "改造老旧小区");
        }
    }

    @BeforeEach
    void clean() {
        SyncFixture.clean(dataSource);
    }

    @AfterAll
    static void leaveClean() {
        SyncFixture.cleanAfterAll();
    }

    @Test
    void aRolledBackChangePublishesNothingAndACommittedOneIsPublishedExactlyOnce() {
        OutboxMessage committed = QuarkusTransaction.requiringNew().call(() -> reports.report(new GoalApprovedForTest("G-1", "43050324T000000000001")));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            reports.report(new GoalApprovedForTest("G-2", "43050324T000000000002"));
            throw new IllegalStateException("the approval failed after its report was written");
        })).isInstanceOf(IllegalStateException.class);

        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("messageType", "test.goal-approved").when().get("/api/v1/sync/outbox")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].subjectId", equalTo("G-1"))
                .body("items[0].state", equalTo("PENDING")).body("items[0].payload.goal_name", equalTo("改造老旧小区"));

        SyncFixture.syncOnce(null, 60);

        assertThat(simulator.acceptedReports()).containsOnlyKeys(committed.getIdempotencyKey());
        assertThat(simulator.acceptedReports().get(committed.getIdempotencyKey()).path("payload").path("pro_code").asText())
                .isEqualTo("43050324T000000000001");
        SyncFixture.assertEveryReportReceivedExactlyOnce(SyncFixture.outboxKeys("SENT"));
    }

    @Test
    void aReportOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> reports.report(new GoalApprovedForTest("G-3", "43050324T000000000003")))
                .isInstanceOf(TransactionalException.class);
    }
}
