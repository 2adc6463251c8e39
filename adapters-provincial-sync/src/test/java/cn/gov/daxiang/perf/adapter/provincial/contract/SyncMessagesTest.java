package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.application.sync.DeadLetterRetried;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.domain.sync.ConflictResolved;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncReceiptIssued;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SyncMessagesTest {

    private final SyncMessages mapping = new SyncMessages();

    private ProvincialMessage resolved(SyncConflict conflict) {
        ConflictResolved event = (ConflictResolved) conflict.pullEvents().stream().filter(ConflictResolved.class::isInstance)
                .findFirst().orElseThrow();
        return mapping.map(event, SyncFixtures.MOF_DIV_CODE).orElseThrow();
    }

    @Test
    void aConflictKeptLocalIsTheConflictResolvedMessageWithItsNoteByteForByte() {
        SyncConflict conflict = SyncFixtures.projectConflictKeptLocal();

        ProvincialMessage message = resolved(conflict);

        assertThat(message.messageType()).isEqualTo("sync.conflict-resolved");
        assertThat(message.subjectType()).isEqualTo("sync-conflict");
        assertThat(message.subjectId()).isEqualTo(conflict.getId().toString());
        assertThat(ContractJson.write(message.payload())).isEqualTo(ContractFixtures.recorded("sync.conflict-resolved"));
    }

    @Test
    void aUnitConflictNamesItsAgencyCodeAndAnAbsentNoteIsNull() {
        assertThat(ContractJson.write(resolved(SyncFixtures.unitConflictAccepted()).payload()))
                .isEqualTo(ContractFixtures.recorded("sync.conflict-resolved.agency-accepted"));
    }

    @Test
    void anExecutionConflictNamesItsProjectCode() {
        assertThat(ContractJson.write(resolved(SyncFixtures.executionConflictKeptLocal()).payload()))
                .isEqualTo(ContractFixtures.recorded("sync.conflict-resolved.execution"));
    }

    @Test
    void aReceiptListsEachStreamsPositionInOrderByteForByte() {
        Map<SyncStream, Long> upTo = new LinkedHashMap<>();
        upTo.put(SyncStream.AGENCIES, 12L);
        upTo.put(SyncStream.PROJECTS, 4711L);
        upTo.put(SyncStream.EXECUTION, 0L);
        SyncReceiptIssued receipt = new SyncReceiptIssued(SyncFixtures.RUN, upTo, 7, 5, 2, SyncFixtures.RESOLVED);

        ProvincialMessage message = mapping.map(receipt, SyncFixtures.MOF_DIV_CODE).orElseThrow();

        assertThat(message.messageType()).isEqualTo("sync.receipt");
        assertThat(message.subjectType()).isEqualTo("sync-run");
        assertThat(message.subjectId()).isEqualTo(SyncFixtures.RUN.toString());
        assertThat(ContractJson.write(message.payload())).isEqualTo(ContractFixtures.recorded("sync.receipt"));
    }

    @Test
    void aRetriedDeadLetterIsNoMessageOfItsOwn() {
        assertThat(mapping.map(new DeadLetterRetried(OutboxMessageId.random(), "goal.approved"), SyncFixtures.MOF_DIV_CODE)).isEmpty();
    }
}
