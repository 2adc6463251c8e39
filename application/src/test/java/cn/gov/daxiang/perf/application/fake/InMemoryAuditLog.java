package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.AuditLog;
import cn.gov.daxiang.perf.domain.audit.AuditCriteria;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.ArrayList;
import java.util.List;

/** The audit trail in memory, in recording order; read newest first, as the adapter reads it. */
public class InMemoryAuditLog implements AuditLog {

    public final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditEvent> find(AuditCriteria criteria, Paging paging) {
        List<AuditEvent> newestFirst = new ArrayList<>(events);
        java.util.Collections.reverse(newestFirst);
        return Pages.of(newestFirst.stream()
                .filter(e -> criteria.objectTypeFilter().map(e.objectType()::equals).orElse(true))
                .filter(e -> criteria.objectIdFilter().map(e.objectId()::equals).orElse(true))
                .filter(e -> criteria.actorFilter().map(e.actorId()::equals).orElse(true))
                .filter(e -> criteria.fromFilter().map(from -> !e.occurredAt().isBefore(from)).orElse(true))
                .filter(e -> criteria.toFilter().map(e.occurredAt()::isBefore).orElse(true))
                .toList(), paging);
    }
}
