package cn.gov.daxiang.perf.adapter.persistence;

import cn.gov.daxiang.perf.application.port.out.AuditLog;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditCriteria;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class AuditLogPersistenceTest {

    private static final Actor ADMIN = new Actor("wang.li", Set.of(Role.FINANCE_ADMIN), null, null, "req-0001");
    private static final Actor SYNC = Actor.system("sync");

    @Inject
    AuditLog auditLog;

    private static AuditSnapshot unit(String code, String name) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("supervisingDepartment", null);
        return new AuditSnapshot("budget-unit", code, fields);
    }

    @Test
    @TestTransaction
    void anEventReadsBackWithItsChangesChineseTextAndNullValues() {
        AuditEvent event = AuditEvent.created(ADMIN, Instant.parse("2024-09-30T02:00:00Z"), unit("901001", "大祥区测试局"));
        auditLog.record(event);

        Page<AuditEvent> page = auditLog.find(new AuditCriteria("budget-unit", "901001", null, null, null), Paging.first());

        assertThat(page.items()).singleElement().satisfies(read -> {
            assertThat(read).isEqualTo(event);
            assertThat(read.changes()).containsExactly(new FieldChange("name", null, "大祥区测试局"));
        });
    }

    @Test
    @TestTransaction
    void eventsListNewestFirstAndFilterByActorAndTimeRange() {
        Instant t0 = Instant.parse("2024-10-01T00:00:00Z");
        auditLog.record(AuditEvent.created(SYNC, t0, unit("902001", "甲")));
        auditLog.record(AuditEvent.created(ADMIN, t0.plusSeconds(60), unit("902002", "乙")));
        auditLog.record(AuditEvent.created(SYNC, t0.plusSeconds(120), unit("902003", "丙")));

        assertThat(auditLog.find(new AuditCriteria(null, null, "system:sync", t0, null), Paging.first()).items())
                .extracting(AuditEvent::objectId).containsExactly("902003", "902001");
        assertThat(auditLog.find(new AuditCriteria(null, null, null, t0.plusSeconds(60), t0.plusSeconds(120)), Paging.first()).items())
                .extracting(AuditEvent::objectId).containsExactly("902002");
    }

    @Test
    void recordingOutsideATransactionIsRefusedSoNoEventCanOutliveItsChange() {
        assertThatThrownBy(() -> auditLog.record(AuditEvent.created(ADMIN, Instant.now(), unit("903001", "丁"))))
                .isInstanceOf(TransactionalException.class);
    }
}
