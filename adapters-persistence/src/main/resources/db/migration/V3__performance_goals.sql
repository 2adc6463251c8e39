-- Performance goals (绩效目标): a goal per project, unit or transfer payment and year, its versions (the
-- declaration and each adjustment), and each version's level-3 indicators. The review history of a
-- version is append-only and read whole, so it is kept as JSON beside the version.

-- Large increments: an import of thousands of goals takes ids from the database once per 500 rows.
CREATE SEQUENCE performance_goal_seq START WITH 1 INCREMENT BY 500;
CREATE SEQUENCE goal_version_seq START WITH 1 INCREMENT BY 500;
CREATE SEQUENCE goal_indicator_seq START WITH 1 INCREMENT BY 500;

CREATE TABLE performance_goal (
    id                    BIGINT        NOT NULL,
    version               BIGINT        NOT NULL,
    goal_id               UUID          NOT NULL,
    kind                  VARCHAR(30)   NOT NULL,
    fiscal_year           INTEGER       NOT NULL,
    unit_code             VARCHAR(20)   NOT NULL,
    project_code          VARCHAR(40),
    -- the project code, or the unit code of a department-overall goal
    subject_key           VARCHAR(40)   NOT NULL,
    -- 0 while the goal is live, its own id once rejected: one live goal per kind, subject and year
    live_marker           BIGINT        NOT NULL,
    upper_issuing_level   VARCHAR(20),
    upper_document_number VARCHAR(100),
    upper_goal_text       VARCHAR(2000),
    upper_goal_ref        VARCHAR(100),
    current_version_no    INTEGER       NOT NULL,
    current_status        VARCHAR(30)   NOT NULL,
    approved_version_no   INTEGER,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_performance_goal PRIMARY KEY (id),
    CONSTRAINT uk_performance_goal_id UNIQUE (goal_id),
    CONSTRAINT uk_performance_goal_live UNIQUE (kind, fiscal_year, subject_key, live_marker),
    CONSTRAINT fk_performance_goal_unit FOREIGN KEY (unit_code) REFERENCES budget_unit (unit_code),
    CONSTRAINT fk_performance_goal_project FOREIGN KEY (project_code) REFERENCES project (project_code)
);
-- Filters of GET /performance-goals and the coverage and readiness lookups.
CREATE INDEX ix_performance_goal_year_unit ON performance_goal (fiscal_year, unit_code);
CREATE INDEX ix_performance_goal_unit ON performance_goal (unit_code);
CREATE INDEX ix_performance_goal_project ON performance_goal (project_code);
CREATE INDEX ix_performance_goal_year_status ON performance_goal (fiscal_year, current_status);
CREATE INDEX ix_performance_goal_year_approved ON performance_goal (fiscal_year, approved_version_no);

CREATE TABLE goal_version (
    id                  BIGINT          NOT NULL,
    goal_pk             BIGINT          NOT NULL,
    version_number      INTEGER         NOT NULL,
    status              VARCHAR(30)     NOT NULL,
    audit_grade         VARCHAR(20),
    annual_overall_goal VARCHAR(2000)   NOT NULL,
    long_term_goal      VARCHAR(2000),
    department_duties   VARCHAR(4000),
    history             VARCHAR(1000000) NOT NULL,
    CONSTRAINT pk_goal_version PRIMARY KEY (id),
    CONSTRAINT uk_goal_version_number UNIQUE (goal_pk, version_number),
    CONSTRAINT fk_goal_version_goal FOREIGN KEY (goal_pk) REFERENCES performance_goal (id)
);

CREATE TABLE goal_indicator (
    id              BIGINT        NOT NULL,
    version_pk      BIGINT        NOT NULL,
    ordinal         INTEGER       NOT NULL,
    indicator_id    UUID          NOT NULL,
    level1          VARCHAR(40)   NOT NULL,
    level2          VARCHAR(40)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    value_type      VARCHAR(20)   NOT NULL,
    comparator      VARCHAR(20),
    target_value    NUMERIC(24,6),
    target_text     VARCHAR(500),
    unit_of_measure VARCHAR(30),
    weight          NUMERIC(5,2),
    explanation     VARCHAR(1000),
    scoring_rule    VARCHAR(1000),
    CONSTRAINT pk_goal_indicator PRIMARY KEY (id),
    CONSTRAINT uk_goal_indicator_ordinal UNIQUE (version_pk, ordinal),
    CONSTRAINT fk_goal_indicator_version FOREIGN KEY (version_pk) REFERENCES goal_version (id)
);

-- A third-party agency asked to check a goal (its evaluators may see it).
CREATE TABLE goal_review_assignment (
    goal_id     UUID          NOT NULL,
    version     BIGINT        NOT NULL,
    agency_id   VARCHAR(40)   NOT NULL,
    assigned_by VARCHAR(100)  NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_goal_review_assignment PRIMARY KEY (goal_id),
    CONSTRAINT fk_goal_review_assignment_goal FOREIGN KEY (goal_id) REFERENCES performance_goal (goal_id)
);
CREATE INDEX ix_goal_review_assignment_agency ON goal_review_assignment (agency_id);

-- The indicator library (指标库) and each unit's indicator system (指标体系).
CREATE SEQUENCE indicator_template_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE indicator_template (
    id                 BIGINT        NOT NULL,
    version            BIGINT        NOT NULL,
    template_id        UUID          NOT NULL,
    industry           VARCHAR(50)   NOT NULL,
    level1             VARCHAR(40)   NOT NULL,
    level2             VARCHAR(40)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    value_type         VARCHAR(20)   NOT NULL,
    typical_unit       VARCHAR(30),
    typical_comparator VARCHAR(20),
    explanation        VARCHAR(1000),
    keywords           VARCHAR(1000) NOT NULL,
    active             BOOLEAN       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_indicator_template PRIMARY KEY (id),
    CONSTRAINT uk_indicator_template_id UNIQUE (template_id)
);
CREATE INDEX ix_indicator_template_search ON indicator_template (industry, level1, level2);
CREATE INDEX ix_indicator_template_level ON indicator_template (level1, level2);

CREATE TABLE unit_indicator_system (
    unit_code VARCHAR(20)   NOT NULL,
    version   BIGINT        NOT NULL,
    -- the chosen templates' ids, comma-separated, in the unit's order
    template_ids VARCHAR(20000) NOT NULL,
    CONSTRAINT pk_unit_indicator_system PRIMARY KEY (unit_code),
    CONSTRAINT fk_unit_indicator_system_unit FOREIGN KEY (unit_code) REFERENCES budget_unit (unit_code)
);
