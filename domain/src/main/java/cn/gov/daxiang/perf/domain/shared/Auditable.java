package cn.gov.daxiang.perf.domain.shared;

/** An object whose changes the audit trail records: it can say what it looks like now. */
public interface Auditable {

    AuditSnapshot auditSnapshot();
}
