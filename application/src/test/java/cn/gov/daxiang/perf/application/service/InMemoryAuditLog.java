package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.AuditLog;
import cn.gov.daxiang.perf.domain.audit.AuditCriteria;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.ArrayList;
import java.util.List;

class InMemoryAuditLog implements AuditLog {

    final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditEvent> find(AuditCriteria criteria, Paging paging) {
        List<AuditEvent> matching = events.stream()
                .filter(e -> criteria.objectTypeFilter().map(e.objectType()::equals).orElse(true))
                .filter(e -> criteria.objectIdFilter().map(e.objectId()::equals).orElse(true))
                .toList();
        return Page.of(matching, paging, matching.size());
    }
}
