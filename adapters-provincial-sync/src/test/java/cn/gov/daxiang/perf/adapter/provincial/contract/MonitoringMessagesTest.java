package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecided;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportReviewed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringMessagesTest {

    private final MonitoringMessages mapping = new MonitoringMessages();

    @Test
    void financesApprovalIsTheMonitoringReviewedMessageWithThePayloadTheContractRecordsByteForByte() {
        MonitoringReport report = EvaluationContractFixtures.reviewedReport();

        ProvincialMessage message = mapping.map(only(MonitoringReportReviewed.class, report.pullEvents()), ContractFixtures.MOF_DIV_CODE)
                .orElseThrow();

        assertThat(message.messageType()).isEqualTo("monitoring.reviewed");
        assertThat(message.subjectType()).isEqualTo("monitoring-report");
        assertThat(message.subjectId()).isEqualTo(report.getId().toString());
        assertThat(ContractJson.write(message.payload())).isEqualTo(ContractFixtures.recorded("monitoring.reviewed"));
    }

    @Test
    void aReportWithoutProjectOrExecutionRateWritesThoseElementsAsNull() {
        MonitoringReport report = EvaluationContractFixtures.reviewedDepartmentReport();

        ProvincialMessage message = mapping.map(only(MonitoringReportReviewed.class, report.pullEvents()), ContractFixtures.MOF_DIV_CODE)
                .orElseThrow();

        assertThat(ContractJson.write(message.payload())).isEqualTo(ContractFixtures.recorded("monitoring.reviewed.department-overall"));
    }

    @Test
    void aFundsDecisionIsTheFundsDecidedMessageWithWhoDecidedWhatAndWhyByteForByte() {
        MonitoringReport report = EvaluationContractFixtures.fundsDecidedReport();

        ProvincialMessage message = mapping.map(only(FundsDecided.class, report.pullEvents()), ContractFixtures.MOF_DIV_CODE).orElseThrow();

        assertThat(message.messageType()).isEqualTo("monitoring.funds-decided");
        assertThat(message.subjectType()).isEqualTo("monitoring-report");
        assertThat(message.subjectId()).isEqualTo(report.getId().toString());
        assertThat(ContractJson.write(message.payload())).isEqualTo(ContractFixtures.recorded("monitoring.funds-decided"));
    }

    @Test
    void noOtherStepOfAReportIsReportedToTheProvince() {
        List<DomainEvent> others = EvaluationContractFixtures.fundsDecidedReport().pullEvents().stream()
                .filter(e -> !(e instanceof MonitoringReportReviewed) && !(e instanceof FundsDecided)).toList();

        assertThat(others).extracting(DomainEvent::action).containsExactly("create", "update", "submit", "dept_approve");
        assertThat(others).allMatch(e -> mapping.map(e, ContractFixtures.MOF_DIV_CODE).isEmpty());
    }

    static <E extends DomainEvent> E only(Class<E> type, List<DomainEvent> events) {
        List<E> matching = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
