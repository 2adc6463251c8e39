package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.audit.ListAuditEventsQuery;
import cn.gov.daxiang.perf.application.port.out.AuditLog;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.audit.AuditCriteria;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class AuditQueryService implements ListAuditEventsQuery {

    private final AuditLog log;

    @Inject
    public AuditQueryService(AuditLog log) {
        this.log = log;
    }

    @Override
    public Page<AuditEvent> listAuditEvents(Actor actor, AuditCriteria criteria, Paging paging) {
        AccessPolicy.requireAuditTrailReader(actor);
        return log.find(criteria, paging);
    }
}
