-- Budget arrangements (预算安排, issue 12): the amount finance proposes for a project's budget year, one per project,
-- every setting kept in budget_arrangement_revision with the assessment whose assessed amount capped it.

CREATE SEQUENCE budget_arrangement_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE budget_arrangement_revision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE budget_arrangement (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    project_code   VARCHAR(40)   NOT NULL,
    unit_code      VARCHAR(20)   NOT NULL,
    budget_year    INTEGER       NOT NULL,
    category       VARCHAR(30)   NOT NULL,
    classification VARCHAR(20)   NOT NULL,
    amount         NUMERIC(18,2) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_budget_arrangement PRIMARY KEY (id),
    CONSTRAINT uk_budget_arrangement_project UNIQUE (project_code),
    CONSTRAINT fk_budget_arrangement_project FOREIGN KEY (project_code) REFERENCES project (project_code),
    CONSTRAINT fk_budget_arrangement_unit FOREIGN KEY (unit_code) REFERENCES budget_unit (unit_code)
);
CREATE INDEX ix_budget_arrangement_year ON budget_arrangement (budget_year, classification);

CREATE TABLE budget_arrangement_revision (
    id                    BIGINT        NOT NULL,
    arrangement_pk        BIGINT        NOT NULL,
    revision_number       INTEGER       NOT NULL,
    amount                NUMERIC(18,2) NOT NULL,
    classification        VARCHAR(20)   NOT NULL,
    classification_reason VARCHAR(500),
    assessment_id         UUID,
    assessed_amount       NUMERIC(18,2),
    revised_by            VARCHAR(100)  NOT NULL,
    revised_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_budget_arrangement_revision PRIMARY KEY (id),
    CONSTRAINT uk_budget_arrangement_revision UNIQUE (arrangement_pk, revision_number),
    CONSTRAINT fk_budget_arrangement_revision_root FOREIGN KEY (arrangement_pk) REFERENCES budget_arrangement (id)
);
