-- Reference data taken over from the provincial platform: budget units and their projects.
-- Portable SQL: the same script runs on PostgreSQL (production, tests) and H2 (the embedded default).

CREATE SEQUENCE budget_unit_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE project_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE budget_unit (
    id                          BIGINT       NOT NULL,
    version                     BIGINT       NOT NULL,
    unit_code                   VARCHAR(20)  NOT NULL,
    name                        VARCHAR(200) NOT NULL,
    supervising_department_code VARCHAR(20),
    active                      BOOLEAN      NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_budget_unit PRIMARY KEY (id),
    CONSTRAINT uk_budget_unit_code UNIQUE (unit_code)
);
-- Filters of GET /budget-units and the subordinate-unit lookup.
CREATE INDEX ix_budget_unit_department ON budget_unit (supervising_department_code, unit_code);

CREATE TABLE project (
    id                   BIGINT        NOT NULL,
    version              BIGINT        NOT NULL,
    project_code         VARCHAR(40)   NOT NULL,
    name                 VARCHAR(300)  NOT NULL,
    unit_code            VARCHAR(20)   NOT NULL,
    fiscal_year          INTEGER       NOT NULL,
    category             VARCHAR(30)   NOT NULL,
    total_amount         NUMERIC(18,2) NOT NULL,
    fiscal_appropriation NUMERIC(18,2) NOT NULL,
    carry_over           NUMERIC(18,2) NOT NULL,
    other_funds          NUMERIC(18,2) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_project PRIMARY KEY (id),
    CONSTRAINT uk_project_code UNIQUE (project_code),
    CONSTRAINT fk_project_unit FOREIGN KEY (unit_code) REFERENCES budget_unit (unit_code),
    CONSTRAINT ck_project_funds CHECK (total_amount = fiscal_appropriation + carry_over + other_funds)
);
-- Filters of GET /projects: fiscal year (with unit or category), unit alone.
CREATE INDEX ix_project_year_unit ON project (fiscal_year, unit_code);
CREATE INDEX ix_project_year_category ON project (fiscal_year, category);
CREATE INDEX ix_project_unit ON project (unit_code);

CREATE TABLE project_kind (
    project_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    CONSTRAINT pk_project_kind PRIMARY KEY (project_id, kind),
    CONSTRAINT fk_project_kind_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
-- Filter of GET /projects?kind=...
CREATE INDEX ix_project_kind_kind ON project_kind (kind, project_id);
