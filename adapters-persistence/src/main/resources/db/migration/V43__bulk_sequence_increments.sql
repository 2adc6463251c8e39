-- Bulk paths (a province-wide sync, an import, the data generator) write thousands of audit events, projects and
-- execution records per transaction: one sequence round trip per 500 ids instead of per 50. The entities'
-- allocationSize says the same (Hibernate checks that both agree at start).
ALTER SEQUENCE audit_event_seq INCREMENT BY 500;
ALTER SEQUENCE project_seq INCREMENT BY 500;
ALTER SEQUENCE project_execution_seq INCREMENT BY 500;
