-- Dual monitoring (双监控, issue 5): rounds (fiscal year, cut-off month, due date, warning thresholds) and one
-- report per approved goal and round, with one line per level-3 indicator of the goal version it copied.
-- Review history, warning reasons and funds decisions are append-only and read whole: JSON beside the report.

CREATE SEQUENCE monitoring_round_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE monitoring_report_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE monitoring_report_line_seq START WITH 1 INCREMENT BY 500;

CREATE TABLE monitoring_round (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    round_id         UUID         NOT NULL,
    fiscal_year      INTEGER      NOT NULL,
    cut_off_month    INTEGER      NOT NULL,
    due_date         DATE         NOT NULL,
    yellow_lag_above NUMERIC(5,2) NOT NULL,
    red_lag_above    NUMERIC(5,2) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_monitoring_round PRIMARY KEY (id),
    CONSTRAINT uk_monitoring_round_id UNIQUE (round_id),
    -- one round per monitored period
    CONSTRAINT uk_monitoring_round_period UNIQUE (fiscal_year, cut_off_month),
    CONSTRAINT ck_monitoring_round_month CHECK (cut_off_month BETWEEN 1 AND 12)
);

CREATE TABLE monitoring_report (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    report_id       UUID          NOT NULL,
    round_id        UUID          NOT NULL,
    goal_id         UUID          NOT NULL,
    goal_version    INTEGER       NOT NULL,
    unit_code       VARCHAR(20)   NOT NULL,
    project_code    VARCHAR(40),
    fiscal_year     INTEGER       NOT NULL,
    cut_off_month   INTEGER       NOT NULL,
    status          VARCHAR(30)   NOT NULL,
    adjusted_budget NUMERIC(18,2),
    executed_amount NUMERIC(18,2),
    -- GREEN, YELLOW or RED once submitted
    warning_level   VARCHAR(10),
    warning_reasons VARCHAR(20000),
    funds_status    VARCHAR(20)   NOT NULL,
    funds_decisions VARCHAR(100000) NOT NULL,
    history         VARCHAR(1000000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_monitoring_report PRIMARY KEY (id),
    CONSTRAINT uk_monitoring_report_id UNIQUE (report_id),
    CONSTRAINT uk_monitoring_report_round_goal UNIQUE (round_id, goal_id),
    CONSTRAINT fk_monitoring_report_round FOREIGN KEY (round_id) REFERENCES monitoring_round (round_id),
    CONSTRAINT fk_monitoring_report_goal FOREIGN KEY (goal_id) REFERENCES performance_goal (goal_id),
    CONSTRAINT fk_monitoring_report_unit FOREIGN KEY (unit_code) REFERENCES budget_unit (unit_code),
    CONSTRAINT fk_monitoring_report_project FOREIGN KEY (project_code) REFERENCES project (project_code)
);
-- Filters of GET /monitoring-reports (round, year, unit, status, warning level, funds status) and the campaign progress.
CREATE INDEX ix_monitoring_report_round_unit ON monitoring_report (round_id, unit_code);
CREATE INDEX ix_monitoring_report_unit ON monitoring_report (unit_code, id);
CREATE INDEX ix_monitoring_report_year_status ON monitoring_report (fiscal_year, status);
CREATE INDEX ix_monitoring_report_round_warning ON monitoring_report (round_id, warning_level);
CREATE INDEX ix_monitoring_report_funds ON monitoring_report (funds_status, round_id);
CREATE INDEX ix_monitoring_report_goal ON monitoring_report (goal_id);
CREATE INDEX ix_monitoring_report_status ON monitoring_report (status, id);
CREATE INDEX ix_monitoring_report_warning ON monitoring_report (warning_level, id);

CREATE TABLE monitoring_report_line (
    id                 BIGINT        NOT NULL,
    report_pk          BIGINT        NOT NULL,
    ordinal            INTEGER       NOT NULL,
    indicator_id       UUID          NOT NULL,
    level1_code        VARCHAR(50)   NOT NULL,
    level2_code        VARCHAR(50)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    value_type         VARCHAR(20)   NOT NULL,
    comparator         VARCHAR(20),
    target_value       NUMERIC(24,6),
    unit_of_measure    VARCHAR(20),
    weight             NUMERIC(5,2),
    -- the unit's line; likelihood is null until the line is recorded
    actual_to_date     NUMERIC(24,6),
    projected_year_end NUMERIC(24,6),
    projected_tier     VARCHAR(20),
    likelihood         VARCHAR(20),
    deviation_reason   VARCHAR(2000),
    corrective_measure VARCHAR(2000),
    CONSTRAINT pk_monitoring_report_line PRIMARY KEY (id),
    CONSTRAINT uk_monitoring_report_line_ordinal UNIQUE (report_pk, ordinal),
    CONSTRAINT fk_monitoring_report_line_report FOREIGN KEY (report_pk) REFERENCES monitoring_report (id)
);
