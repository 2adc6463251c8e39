-- Key evaluations (重点评价, issue 12). The root row carries the plan, the state, the commission, the framework copy
-- (its indicator tree as JSON), the last result (score, grade, scheme) and the acceptance; the object's projects and
-- the level-3 scores are rows of their own; findings, suggestions, submissions and returns are JSON lists (always
-- read whole). The money covered is never stored: it is computed from the projects' funds on read.

CREATE SEQUENCE key_evaluation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE key_evaluation_project_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE key_evaluation_score_seq START WITH 1 INCREMENT BY 500;

CREATE TABLE key_evaluation (
    id                  BIGINT           NOT NULL,
    version             BIGINT           NOT NULL,
    evaluation_id       UUID             NOT NULL,
    title               VARCHAR(200)     NOT NULL,
    fiscal_year         INTEGER          NOT NULL,
    object_kind         VARCHAR(30)      NOT NULL,
    fund_name           VARCHAR(200),
    department_code     VARCHAR(20),
    spending_year       INTEGER,
    subject_kind        VARCHAR(40)      NOT NULL,
    due_date            DATE             NOT NULL,
    planned_by          VARCHAR(100)     NOT NULL,
    planned_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    state               VARCHAR(30)      NOT NULL,
    agency_id           VARCHAR(40),
    commissioned_by     VARCHAR(100),
    commissioned_at     TIMESTAMP WITH TIME ZONE,
    framework_code      VARCHAR(40),
    framework_version   INTEGER,
    framework_name      VARCHAR(100),
    result_groups       VARCHAR(200),
    indicators          VARCHAR(1000000),
    findings            VARCHAR(1000000) NOT NULL,
    suggestions         VARCHAR(1000000) NOT NULL,
    submissions         VARCHAR(1000000) NOT NULL,
    returns_for_rework  VARCHAR(1000000) NOT NULL,
    result_score        NUMERIC(5,2),
    result_grade        VARCHAR(20),
    result_scheme       VARCHAR(50),
    accepted_by         VARCHAR(100),
    accepted_at         TIMESTAMP WITH TIME ZONE,
    accepted_on         DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_key_evaluation PRIMARY KEY (id),
    CONSTRAINT uk_key_evaluation_id UNIQUE (evaluation_id),
    CONSTRAINT fk_key_evaluation_agency FOREIGN KEY (agency_id) REFERENCES agency (agency_id),
    CONSTRAINT fk_key_evaluation_framework FOREIGN KEY (framework_code, framework_version)
        REFERENCES evaluation_framework (framework_code, version_no)
);
-- Filters of GET /key-evaluations (year, state, agency, subject kind) and the summary (year, ACCEPTED).
CREATE INDEX ix_key_evaluation_year_state ON key_evaluation (fiscal_year, state);
CREATE INDEX ix_key_evaluation_agency ON key_evaluation (agency_id, fiscal_year);
CREATE INDEX ix_key_evaluation_subject_kind ON key_evaluation (subject_kind, fiscal_year);

CREATE TABLE key_evaluation_project (
    id             BIGINT      NOT NULL,
    evaluation_pk  BIGINT      NOT NULL,
    ordinal        INTEGER     NOT NULL,
    project_code   VARCHAR(40) NOT NULL,
    CONSTRAINT pk_key_evaluation_project PRIMARY KEY (id),
    CONSTRAINT uk_key_evaluation_project UNIQUE (evaluation_pk, project_code),
    CONSTRAINT fk_key_evaluation_project_evaluation FOREIGN KEY (evaluation_pk) REFERENCES key_evaluation (id)
);
-- Which key evaluations look at a project.
CREATE INDEX ix_key_evaluation_project_code ON key_evaluation_project (project_code);

CREATE TABLE key_evaluation_score (
    id              BIGINT       NOT NULL,
    evaluation_pk   BIGINT       NOT NULL,
    ordinal         INTEGER      NOT NULL,
    indicator_code  VARCHAR(20)  NOT NULL,
    score           NUMERIC(5,2) NOT NULL,
    note            VARCHAR(2000),
    CONSTRAINT pk_key_evaluation_score PRIMARY KEY (id),
    CONSTRAINT uk_key_evaluation_score UNIQUE (evaluation_pk, indicator_code),
    CONSTRAINT fk_key_evaluation_score_evaluation FOREIGN KEY (evaluation_pk) REFERENCES key_evaluation (id)
);
