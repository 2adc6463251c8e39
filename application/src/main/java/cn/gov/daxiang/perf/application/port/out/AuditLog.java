package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.audit.AuditCriteria;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The audit trail. Records join the caller's transaction: they commit and roll back with the change. */
public interface AuditLog {

    void record(AuditEvent event);

    /** Newest first. */
    Page<AuditEvent> find(AuditCriteria criteria, Paging paging);
}
