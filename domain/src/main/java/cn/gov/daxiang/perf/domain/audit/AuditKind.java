package cn.gov.daxiang.perf.domain.audit;

/** What happened to the object. */
public enum AuditKind {
    CREATE, UPDATE, TRANSITION, DELETE
}
