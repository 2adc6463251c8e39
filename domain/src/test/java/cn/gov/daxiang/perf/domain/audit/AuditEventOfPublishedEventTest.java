package cn.gov.daxiang.perf.domain.audit;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an event becomes its audit record: by its action, unless it says it is audited as a transition. */
class AuditEventOfPublishedEventTest {

    private static final Actor REVIEWER = new Actor("finance-01", Set.of(Role.FINANCE_REVIEWER), null, null, "req-7");
    private static final Instant AT = Instant.parse("2025-03-01T02:00:00Z");
    private static final AuditSnapshot DRAFT = snapshot(Map.of("status", "DRAFT", "name", "老旧小区改造"));
    private static final AuditSnapshot SUBMITTED = snapshot(Map.of("status", "SUBMITTED", "name", "老旧小区改造"));

    private record Happened(String action, boolean auditedAsTransition) implements DomainEvent {
        Happened(String action) {
            this(action, false);
        }
    }

    private static AuditSnapshot snapshot(Map<String, String> fields) {
        return new AuditSnapshot("performance-goal", "g-1", fields);
    }

    private static AuditEvent of(DomainEvent event, AuditSnapshot before, AuditSnapshot after) {
        return AuditEvent.of(new PublishedEvent(event, REVIEWER, AT, before, after)).orElseThrow();
    }

    @Test
    void aCreationRecordsEveryFieldAsNewWithWhoWhenAndTheRequest() {
        AuditEvent audit = of(new Happened("create"), null, DRAFT);

        assertThat(audit.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(audit.action()).isEqualTo("create");
        assertThat(audit.actorId()).isEqualTo("finance-01");
        assertThat(audit.actorRoles()).containsExactly(Role.FINANCE_REVIEWER);
        assertThat(audit.occurredAt()).isEqualTo(AT);
        assertThat(audit.requestId()).isEqualTo("req-7");
        assertThat(audit.changes()).containsExactly(new FieldChange("name", null, "老旧小区改造"), new FieldChange("status", null, "DRAFT"));
    }

    @Test
    void anUpdateRecordsTheChangedFieldsOnly() {
        AuditEvent audit = of(new Happened("update"), DRAFT, SUBMITTED);

        assertThat(audit.kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(audit.changes()).containsExactly(new FieldChange("status", "DRAFT", "SUBMITTED"));
    }

    @Test
    void anUpdateThatChangedNoFieldLeavesNoRecord() {
        assertThat(AuditEvent.of(new PublishedEvent(new Happened("update"), REVIEWER, AT, DRAFT, DRAFT))).isEmpty();
    }

    @Test
    void aDeletionRecordsEveryFieldAsGone() {
        AuditEvent audit = of(new Happened("delete"), DRAFT, null);

        assertThat(audit.kind()).isEqualTo(AuditKind.DELETE);
        assertThat(audit.action()).isEqualTo("delete");
        assertThat(audit.changes()).containsExactly(new FieldChange("name", "老旧小区改造", null), new FieldChange("status", "DRAFT", null));
    }

    @Test
    void anyOtherActionIsATransitionUnderItsNameRecordedEvenWhenNoFieldChanged() {
        AuditEvent submitted = of(new Happened("submit"), DRAFT, SUBMITTED);
        AuditEvent unchanged = of(new Happened("assign_review"), DRAFT, DRAFT);

        assertThat(submitted.kind()).isEqualTo(AuditKind.TRANSITION);
        assertThat(submitted.action()).isEqualTo("submit");
        assertThat(submitted.changes()).containsExactly(new FieldChange("status", "DRAFT", "SUBMITTED"));
        assertThat(unchanged.kind()).isEqualTo(AuditKind.TRANSITION);
        assertThat(unchanged.changes()).isEmpty();
    }

    @Test
    void anEventAuditedAsATransitionIsOneEvenUnderTheActionUpdateAndWithoutAChange() {
        AuditEvent audit = of(new Happened("update", true), DRAFT, DRAFT);

        assertThat(audit.kind()).isEqualTo(AuditKind.TRANSITION);
        assertThat(audit.action()).isEqualTo("update");
        assertThat(audit.changes()).isEmpty();
    }

    @Test
    void aTransitionNeedsBothSnapshotsOfTheSameObject() {
        assertThatThrownBy(() -> of(new Happened("approve"), DRAFT,
                new AuditSnapshot("performance-goal", "g-2", Map.of()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublishedEvent(new Happened("approve"), REVIEWER, AT, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
