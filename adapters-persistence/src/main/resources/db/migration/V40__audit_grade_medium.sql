-- 中 is MEDIUM in every grade of the service (goal audit grades were FAIR, grade schemes MEDIUM): one code for one
-- concept. The version's grade and the grade of each finance-review step of its history (JSON written without spaces).
-- Portable SQL (PostgreSQL and H2). The audit trail keeps what it recorded at the time.
UPDATE goal_version SET audit_grade = 'MEDIUM' WHERE audit_grade = 'FAIR';
UPDATE goal_version SET history = REPLACE(history, '"grade":"FAIR"', '"grade":"MEDIUM"') WHERE history LIKE '%"grade":"FAIR"%';
