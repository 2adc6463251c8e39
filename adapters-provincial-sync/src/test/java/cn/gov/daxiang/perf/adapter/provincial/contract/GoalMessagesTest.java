package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.goal.GoalApproved;
import cn.gov.daxiang.perf.domain.goal.GoalStepTaken;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoalMessagesTest {

    private final GoalMessages mapping = new GoalMessages();

    @Test
    void anApprovalIsTheGoalApprovedMessageWithThePayloadTheContractRecordsByteForByte() {
        PerformanceGoal goal = ContractFixtures.approvedGoal();
        GoalApproved approved = (GoalApproved) goal.pullEvents().stream().filter(GoalApproved.class::isInstance).findFirst().orElseThrow();

        ProvincialMessage message = mapping.map(approved, ContractFixtures.MOF_DIV_CODE).orElseThrow();

        assertThat(message.messageType()).isEqualTo("goal.approved");
        assertThat(message.subjectType()).isEqualTo("performance-goal");
        assertThat(message.subjectId()).isEqualTo(goal.getId() + "/v1");
        assertThat(ContractJson.write(message.payload())).isEqualTo(ContractFixtures.recorded("goal.approved"));
    }

    @Test
    void noOtherStepOfAGoalIsReportedToTheProvince() {
        List<DomainEvent> steps = ContractFixtures.approvedGoal().pullEvents().stream()
                .filter(e -> !(e instanceof GoalApproved)).toList();

        assertThat(steps).isNotEmpty().allMatch(e -> e instanceof GoalStepTaken || e.action().equals("create"));
        assertThat(steps).allMatch(e -> mapping.map(e, ContractFixtures.MOF_DIV_CODE).isEmpty());
    }
}
