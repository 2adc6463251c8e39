package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCompleted;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gov.daxiang.perf.adapter.provincial.contract.MonitoringMessagesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

class SelfEvaluationMessagesTest {

    private final SelfEvaluationMessages mapping = new SelfEvaluationMessages();

    @Test
    void aCompletedEvaluationIsTheSelfEvaluationCompletedMessageWithThePayloadTheContractRecordsByteForByte() {
        SelfEvaluation evaluation = EvaluationContractFixtures.completedEvaluation();

        ProvincialMessage message = mapping.map(only(SelfEvaluationCompleted.class, evaluation.pullEvents()), ContractFixtures.MOF_DIV_CODE)
                .orElseThrow();

        assertThat(message.messageType()).isEqualTo("self-evaluation.completed");
        assertThat(message.subjectType()).isEqualTo("self-evaluation");
        assertThat(message.subjectId()).isEqualTo(evaluation.getId().toString());
        assertThat(ContractJson.write(message.payload())).isEqualTo(ContractFixtures.recorded("self-evaluation.completed"));
    }

    @Test
    void noStepBeforeCompletionIsReportedToTheProvince() {
        List<DomainEvent> others = EvaluationContractFixtures.completedEvaluation().pullEvents().stream()
                .filter(e -> !(e instanceof SelfEvaluationCompleted)).toList();

        assertThat(others).extracting(DomainEvent::action).containsExactly("create", "update", "submit", "dept_approve");
        assertThat(others).allMatch(e -> mapping.map(e, ContractFixtures.MOF_DIV_CODE).isEmpty());
    }
}
