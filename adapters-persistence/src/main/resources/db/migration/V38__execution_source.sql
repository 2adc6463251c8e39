-- Execution from the province (issue 13): a monitoring report's and a self-evaluation's adjusted budget and executed
-- amount (adjusted_budget, executed_amount: the effective figures) now say where they come from: PROVINCE (the synced
-- figures as of execution_as_of), UNIT_OVERRIDE (the unit's figures with execution_override_reason, beside the
-- province's) or UNIT (no synced figures). execution_flagged: an override beyond the tolerance, for finance's lists.
-- Existing rows hold figures the unit typed: UNIT.

ALTER TABLE monitoring_report ADD COLUMN execution_source VARCHAR(20);
ALTER TABLE monitoring_report ADD COLUMN province_adjusted_budget NUMERIC(18,2);
ALTER TABLE monitoring_report ADD COLUMN province_executed_amount NUMERIC(18,2);
ALTER TABLE monitoring_report ADD COLUMN execution_as_of DATE;
ALTER TABLE monitoring_report ADD COLUMN execution_override_reason VARCHAR(2000);
ALTER TABLE monitoring_report ADD COLUMN execution_flagged BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE monitoring_report SET execution_source = 'UNIT' WHERE adjusted_budget IS NOT NULL;
CREATE INDEX ix_monitoring_report_flagged ON monitoring_report (execution_flagged, fiscal_year);
CREATE INDEX ix_monitoring_report_project ON monitoring_report (project_code);

ALTER TABLE self_evaluation ADD COLUMN execution_source VARCHAR(20);
ALTER TABLE self_evaluation ADD COLUMN province_adjusted_budget NUMERIC(18,2);
ALTER TABLE self_evaluation ADD COLUMN province_executed_amount NUMERIC(18,2);
ALTER TABLE self_evaluation ADD COLUMN execution_as_of DATE;
ALTER TABLE self_evaluation ADD COLUMN execution_override_reason VARCHAR(2000);
ALTER TABLE self_evaluation ADD COLUMN execution_flagged BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE self_evaluation SET execution_source = 'UNIT' WHERE adjusted_budget IS NOT NULL;
CREATE INDEX ix_self_evaluation_flagged ON self_evaluation (execution_flagged, fiscal_year);
