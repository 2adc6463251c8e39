-- Allocation decisions (结果应用决定, issue 13): one row per decision, never deleted; a confirmed decision that finance
-- overrides stays as SUPERSEDED beside its successor. active_key holds "budget year|object key" while the decision is
-- PROPOSED or CONFIRMED and NULL once superseded, so the unique key admits one active decision per object and year
-- (portable: no partial index). The adjusted amount is computed from base and adjustment, never stored.

CREATE SEQUENCE allocation_decision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE allocation_decision (
    id                   BIGINT        NOT NULL,
    version              BIGINT        NOT NULL,
    decision_id          UUID          NOT NULL,
    budget_year          INTEGER       NOT NULL,
    object_kind          VARCHAR(30)   NOT NULL,
    unit_code            VARCHAR(20)   NOT NULL,
    project_code         VARCHAR(40),
    object_name          VARCHAR(300),
    active_key           VARCHAR(100),
    evaluation_type      VARCHAR(30)   NOT NULL,
    evaluation_id        VARCHAR(60)   NOT NULL,
    score                NUMERIC(5,2)  NOT NULL,
    grade                VARCHAR(20)   NOT NULL,
    grade_scheme         VARCHAR(50)   NOT NULL,
    evaluated_year       INTEGER       NOT NULL,
    policy_version       INTEGER       NOT NULL,
    proposed_treatment   VARCHAR(30)   NOT NULL,
    proposed_adjustment  NUMERIC(5,2)  NOT NULL,
    treatment            VARCHAR(30)   NOT NULL,
    adjustment_percent   NUMERIC(5,2)  NOT NULL,
    base_amount          NUMERIC(18,2) NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    override_reason      VARCHAR(1000),
    proposed_by          VARCHAR(100)  NOT NULL,
    proposed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by           VARCHAR(100),
    decided_at           TIMESTAMP WITH TIME ZONE,
    supersedes_id        UUID,
    superseded_by_id     UUID,
    CONSTRAINT pk_allocation_decision PRIMARY KEY (id),
    CONSTRAINT uk_allocation_decision_id UNIQUE (decision_id),
    CONSTRAINT uk_allocation_decision_active UNIQUE (active_key)
);

CREATE INDEX ix_allocation_decision_year_unit ON allocation_decision (budget_year, unit_code);
