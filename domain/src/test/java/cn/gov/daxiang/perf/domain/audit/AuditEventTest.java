package cn.gov.daxiang.perf.domain.audit;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEventTest {

    private static final Actor ADMIN = new Actor("wang.li", Set.of(Role.FINANCE_ADMIN), null, null, "req-0001");
    private static final Instant AT = Instant.parse("2024-09-30T02:00:00Z");

    private static BudgetUnit kindergarten(boolean active) {
        return BudgetUnit.of(UnitCode.of("105002"), "大祥区第一幼儿园", UnitCode.of("105001"), active);
    }

    @Test
    void aCreationRecordsEveryFieldAsNewWithActorTimeAndRequest() {
        AuditEvent event = AuditEvent.created(ADMIN, AT, kindergarten(true).auditSnapshot());

        assertThat(event.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(event.objectType()).isEqualTo("budget-unit");
        assertThat(event.objectId()).isEqualTo("105002");
        assertThat(event.actorId()).isEqualTo("wang.li");
        assertThat(event.actorRoles()).containsExactly(Role.FINANCE_ADMIN);
        assertThat(event.requestId()).isEqualTo("req-0001");
        assertThat(event.changes()).containsExactly(
                new FieldChange("active", null, "true"),
                new FieldChange("name", null, "大祥区第一幼儿园"),
                new FieldChange("supervisingDepartment", null, "105001"));
    }

    @Test
    void anUpdateRecordsOnlyTheChangedFieldsBeforeAndAfter() {
        BudgetUnit unit = kindergarten(true);
        AuditSnapshot before = unit.auditSnapshot();
        unit.takeOver(kindergarten(false));

        assertThat(AuditEvent.updated(ADMIN, AT, before, unit.auditSnapshot()))
                .hasValueSatisfying(e -> assertThat(e.changes()).containsExactly(new FieldChange("active", "true", "false")));
    }

    @Test
    void anUpdateThatChangedNothingIsNotRecorded() {
        AuditSnapshot snapshot = kindergarten(true).auditSnapshot();
        assertThat(AuditEvent.updated(ADMIN, AT, snapshot, snapshot)).isEmpty();
    }

    @Test
    void aTransitionIsRecordedUnderItsActionName() {
        AuditSnapshot before = new AuditSnapshot("performance-goal", "g-1", java.util.Map.of("status", "DRAFT"));
        AuditSnapshot after = new AuditSnapshot("performance-goal", "g-1", java.util.Map.of("status", "SUBMITTED"));

        AuditEvent event = AuditEvent.transitioned(ADMIN, AT, "SUBMIT", before, after);

        assertThat(event.action()).isEqualTo("submit");
        assertThat(event.changes()).containsExactly(new FieldChange("status", "DRAFT", "SUBMITTED"));
    }

    @Test
    void snapshotsOfDifferentObjectsCannotBeCompared() {
        assertThatThrownBy(() -> AuditEvent.updated(ADMIN, AT, kindergarten(true).auditSnapshot(),
                BudgetUnit.of(UnitCode.of("105003"), "第二幼儿园", null, true).auditSnapshot()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventThatChangesNothingStoredIsNotRecorded() {
        AuditSnapshot run = new AuditSnapshot("sync-run", "r-1", java.util.Map.of("pulled", "3"));
        cn.gov.daxiang.perf.domain.event.DomainEvent notice = new cn.gov.daxiang.perf.domain.event.DomainEvent() {
            @Override
            public String action() {
                return "receipt";
            }

            @Override
            public boolean audited() {
                return false;
            }
        };
        assertThat(AuditEvent.of(new cn.gov.daxiang.perf.domain.event.PublishedEvent(notice, ADMIN, AT, null, run))).isEmpty();
    }

    @Test
    void aTakenOverReferenceRecordIsACreationOrAnUpdateByWhetherItIsNew() {
        AuditSnapshot before = kindergarten(true).auditSnapshot();
        AuditSnapshot after = kindergarten(false).auditSnapshot();
        var created = new cn.gov.daxiang.perf.domain.referencedata.ReferenceRecordTakenOver("budget-unit", "105002", true);
        var updated = new cn.gov.daxiang.perf.domain.referencedata.ReferenceRecordTakenOver("budget-unit", "105002", false);

        assertThat(AuditEvent.of(new cn.gov.daxiang.perf.domain.event.PublishedEvent(created, ADMIN, AT, null, after)))
                .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(AuditKind.CREATE));
        assertThat(AuditEvent.of(new cn.gov.daxiang.perf.domain.event.PublishedEvent(updated, ADMIN, AT, before, after)))
                .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(AuditKind.UPDATE));
        assertThat(AuditEvent.of(new cn.gov.daxiang.perf.domain.event.PublishedEvent(updated, ADMIN, AT, before, before))).isEmpty();
    }
}
