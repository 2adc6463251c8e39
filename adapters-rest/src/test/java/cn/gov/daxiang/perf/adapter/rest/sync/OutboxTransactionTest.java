package cn.gov.daxiang.perf.adapter.rest.sync;

import cn.gov.daxiang.perf.adapter.provincial.contract.ContractJson;
import cn.gov.daxiang.perf.adapter.provincial.contract.ProvincialMessage;
import cn.gov.daxiang.perf.adapter.provincial.contract.ProvincialMessageMapping;
import cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator;
import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * The outbox is transactional: a report exists exactly when the state change it reports committed, and so does its
 * audit record. A test-only event type with a test-only mapping shows how an adapter adds a reported event without
 * touching domain or application.
 */
@QuarkusTest
class OutboxTransactionTest {

    private static final Actor FINANCE = Actor.system("outbox-transaction-test");

    @Inject
    DataSource dataSource;
    @Inject
    ChangePipeline pipeline;

    private final ProvincialPlatformSimulator simulator = SyncFixture.simulator();

    /** A reported event of its own, as a feature would add one (e.g. goal approved). */
    record GoalApprovedForTest(String goalId, String projectCode) implements DomainEvent {
        @Override
        public String action() {
            return "approve";
        }
    }

    /** Its message, as the feature's mapping in the provincial adapter would write it. */
    @ApplicationScoped
    static class GoalApprovedForTestMessages implements ProvincialMessageMapping {
        @Override
        public Optional<ProvincialMessage> map(DomainEvent event, String mofDivCode) {
            if (event instanceof GoalApprovedForTest approved) {
                return Optional.of(new ProvincialMessage("test.goal-approved", "performance-goal", approved.goalId(),
                        ContractJson.object().put("mof_div_code", mofDivCode).put("pro_code", approved.projectCode())
                                .put("goal_name", "改造老旧小区")));
            }
            return Optional.empty();
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

    private void approve(String goalId, String projectCode) {
        pipeline.record(FINANCE, new GoalApprovedForTest(goalId, projectCode),
                new AuditSnapshot("performance-goal", goalId, Map.of("status", "FINANCE_REVIEWED")),
                new AuditSnapshot("performance-goal", goalId, Map.of("status", "APPROVED")));
    }

    @Test
    void aRolledBackChangePublishesNothingAndACommittedOneIsPublishedExactlyOnce() {
        QuarkusTransaction.requiringNew().run(() -> approve("G-1", "43050324T000000000001"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            approve("G-2", "43050324T000000000002");
            throw new IllegalStateException("the approval failed after its report was written");
        })).isInstanceOf(IllegalStateException.class);

        given().auth().oauth2(TestTokens.financeAdmin()).queryParam("messageType", "test.goal-approved").when().get("/api/v1/sync/outbox")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].subjectId", equalTo("G-1"))
                .body("items[0].state.code", equalTo("PENDING")).body("items[0].payload.goal_name", equalTo("改造老旧小区"));
        assertThat(AuditTrailProbe.count("performance-goal", "G-1")).isEqualTo(1);
        assertThat(AuditTrailProbe.count("performance-goal", "G-2")).isZero();

        SyncFixture.syncOnce(null, 60);

        List<String> sent = SyncFixture.outboxKeys("SENT");
        assertThat(sent).hasSize(1);
        assertThat(simulator.acceptedReports()).containsOnlyKeys(sent.get(0));
        assertThat(simulator.acceptedReports().get(sent.get(0)).path("payload").path("pro_code").asText())
                .isEqualTo("43050324T000000000001");
        SyncFixture.assertEveryReportReceivedExactlyOnce(sent);
    }

    @Test
    void aChangePublishedOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> approve("G-3", "43050324T000000000003")).isInstanceOf(TransactionalException.class);
    }
}
