-- Ex-ante performance assessments (事前绩效评估, issue 12): one project each; the criteria in force when drafted are
-- copied into pre_assessment_criterion with the points and comments given. open_project_code holds the project code
-- while the assessment is open and NULL once it is concluded, so the unique key allows one open assessment per project
-- (NULLs never collide) without a partial index.

CREATE SEQUENCE pre_assessment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE pre_assessment_criterion_seq START WITH 1 INCREMENT BY 250;

CREATE TABLE pre_assessment (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    assessment_id     UUID          NOT NULL,
    project_code      VARCHAR(40)   NOT NULL,
    unit_code         VARCHAR(20)   NOT NULL,
    fiscal_year       INTEGER       NOT NULL,
    purpose           VARCHAR(20)   NOT NULL,
    requested_amount  NUMERIC(18,2) NOT NULL,
    summary           VARCHAR(2000),
    criteria_version  INTEGER       NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    open_project_code VARCHAR(40),
    agency_id         VARCHAR(40),
    return_reason     VARCHAR(1000),
    return_count      INTEGER       NOT NULL,
    conclusion        VARCHAR(30),
    assessed_amount   NUMERIC(18,2),
    opinion           VARCHAR(2000),
    concluded_by      VARCHAR(100),
    concluded_at      TIMESTAMP WITH TIME ZONE,
    drafted_by        VARCHAR(100)  NOT NULL,
    drafted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_pre_assessment PRIMARY KEY (id),
    CONSTRAINT uk_pre_assessment_id UNIQUE (assessment_id),
    CONSTRAINT uk_pre_assessment_open UNIQUE (open_project_code),
    CONSTRAINT fk_pre_assessment_project FOREIGN KEY (project_code) REFERENCES project (project_code),
    CONSTRAINT fk_pre_assessment_unit FOREIGN KEY (unit_code) REFERENCES budget_unit (unit_code),
    CONSTRAINT ck_pre_assessment_open CHECK (open_project_code IS NULL OR open_project_code = project_code)
);
-- A project's assessments (readiness, arrangement); the filters of GET /pre-assessments; an agency's commissions.
CREATE INDEX ix_pre_assessment_project ON pre_assessment (project_code, id);
CREATE INDEX ix_pre_assessment_year_state ON pre_assessment (fiscal_year, state);
CREATE INDEX ix_pre_assessment_unit ON pre_assessment (unit_code, id);
CREATE INDEX ix_pre_assessment_agency ON pre_assessment (agency_id, id);

CREATE TABLE pre_assessment_criterion (
    id            BIGINT        NOT NULL,
    assessment_pk BIGINT        NOT NULL,
    ordinal       INTEGER       NOT NULL,
    code          VARCHAR(30)   NOT NULL,
    label         VARCHAR(100)  NOT NULL,
    max_points    NUMERIC(5,2)  NOT NULL,
    points        NUMERIC(5,2),
    score_comment VARCHAR(1000),
    CONSTRAINT pk_pre_assessment_criterion PRIMARY KEY (id),
    CONSTRAINT uk_pre_assessment_criterion_ordinal UNIQUE (assessment_pk, ordinal),
    CONSTRAINT uk_pre_assessment_criterion_code UNIQUE (assessment_pk, code),
    CONSTRAINT fk_pre_assessment_criterion_assessment FOREIGN KEY (assessment_pk) REFERENCES pre_assessment (id)
);
