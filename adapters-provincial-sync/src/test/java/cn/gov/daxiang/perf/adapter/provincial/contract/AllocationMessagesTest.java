package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionConfirmed;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.allocation.AllocationObject;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.EvaluationResult;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationMessagesTest {

    private final AllocationMessages mapping = new AllocationMessages();

    private static AllocationDecision proposed() {
        EvaluationResult result = new EvaluationResult(EvaluationType.KEY_EVALUATION, "2f0b8c3e-6f0c-4a55-9b3e-1f1d2c3b4a50",
                AllocationObject.project(UnitCode.of("108002"), ProjectCode.of("43050324T000000000001"), "2024年度城镇老旧小区改造项目"),
                new GradedScore(Score.of("74.50"), Grade.WEAK, GradeSchemeId.of("district-2024")), FiscalYear.of(2024),
                Instant.parse("2024-12-01T02:00:00Z"), Money.of("33800000.00"));
        return AllocationDecision.propose(new AllocationDecisionId(UUID.fromString("7d1c1a6e-0d8e-4f3a-9a77-5b0f1e2d3c4b")),
                FiscalYear.of(2025), result, AllocationPolicy.standard(), ActorId.of("finance-reviewer"), Instant.parse("2024-12-02T02:00:00Z"));
    }

    @Test
    void aConfirmationIsTheAllocationDecisionConfirmedMessageWithThePayloadTheContractRecordsByteForByte() {
        AllocationDecision decision = proposed();
        decision.pullEvents();
        decision.override(Treatment.REDUCE_OR_MERGE, Adjustment.of("-20"), "整合至同类项目", ActorId.of("finance-reviewer"),
                Instant.parse("2024-12-03T02:00:00Z"));
        DomainEvent confirmed = decision.pullEvents().get(0);

        ProvincialMessage message = mapping.map(confirmed, ContractFixtures.MOF_DIV_CODE).orElseThrow();

        assertThat(message.messageType()).isEqualTo("allocation-decision.confirmed");
        assertThat(message.subjectType()).isEqualTo("allocation-decision");
        assertThat(message.subjectId()).isEqualTo("7d1c1a6e-0d8e-4f3a-9a77-5b0f1e2d3c4b");
        assertThat(ContractJson.write(message.payload())).isEqualTo(ContractFixtures.recorded("allocation-decision.confirmed"));
        assertThat(((AllocationDecisionConfirmed) confirmed).adjustedAmount()).isEqualTo(Money.of("27040000.00"));
    }

    @Test
    void theProvincialSimulatorTakesTheConfirmationAsAReport() throws Exception {
        AllocationDecision decision = proposed();
        decision.pullEvents();
        decision.confirm(ActorId.of("finance-reviewer"), Instant.parse("2024-12-03T02:00:00Z"));
        ProvincialMessage message = mapping.map(decision.pullEvents().get(0), ContractFixtures.MOF_DIV_CODE).orElseThrow();
        String key = "daxiang-allocation-" + decision.getId();
        String envelope = "{\"contract_version\":\"1.0\",\"mof_div_code\":\"430503\",\"message_id\":\"m-allocation\",\"idempotency_key\":\""
                + key + "\",\"message_type\":\"" + message.messageType() + "\",\"payload\":" + ContractJson.write(message.payload()) + "}";
        try (cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator simulator =
                     cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator.start(0, 1L)) {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(simulator.url() + "/exchange/v1/divisions/430503/reports"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(envelope)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(simulator.deliveries()).singleElement().satisfies(d -> {
                assertThat(d.messageType()).isEqualTo("allocation-decision.confirmed");
                assertThat(d.outcome()).isEqualTo("ACCEPTED");
            });
            assertThat(simulator.acceptedReports().get(key).path("payload").path("treatment").asText()).isEqualTo("REDUCE_OR_MERGE");
        }
    }

    @Test
    void aProposalAndASupersessionAreNotReportedOnlyTheConfirmations() {
        AllocationDecision decision = proposed();
        List<DomainEvent> proposal = decision.pullEvents();
        decision.confirm(ActorId.of("finance-reviewer"), Instant.parse("2024-12-03T02:00:00Z"));
        decision.pullEvents();
        AllocationDecision successor = decision.supersede(AllocationDecisionId.newId(), Treatment.PRIORITY, Adjustment.NONE, "复核",
                ActorId.of("finance-admin"), Instant.parse("2024-12-04T02:00:00Z"));
        assertThat(proposal).allMatch(e -> mapping.map(e, ContractFixtures.MOF_DIV_CODE).isEmpty());
        assertThat(decision.pullEvents()).isNotEmpty().allMatch(e -> mapping.map(e, ContractFixtures.MOF_DIV_CODE).isEmpty());
        assertThat(successor.pullEvents()).singleElement().satisfies(e -> assertThat(mapping.map(e, ContractFixtures.MOF_DIV_CODE))
                .hasValueSatisfying(m -> assertThat(m.payload().path("supersedes").asText()).isEqualTo(decision.getId().toString())));
    }
}
