package cn.gov.daxiang.perf.application.port.in.audit;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.audit.AuditCriteria;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The audit trail by object, actor and time range, newest first; for finance administration and auditors. */
public interface ListAuditEventsQuery {

    Page<AuditEvent> listAuditEvents(Actor actor, AuditCriteria criteria, Paging paging);
}
