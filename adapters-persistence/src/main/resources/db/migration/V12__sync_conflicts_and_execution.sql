-- The conflict log: provincial changes held back because they conflict with local state, with what the
-- district had and what the province sent (JSON objects of field -> text), until a person decides.
CREATE TABLE sync_conflict (
    id              UUID          NOT NULL,
    version         BIGINT        NOT NULL,
    kind            VARCHAR(50)   NOT NULL,
    stream          VARCHAR(20)   NOT NULL,
    subject_key     VARCHAR(40)   NOT NULL,
    change_seq      BIGINT        NOT NULL,
    deletion        BOOLEAN       NOT NULL,
    local_fields    VARCHAR(20000) NOT NULL,
    incoming_fields VARCHAR(20000) NOT NULL,
    detected_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_id     UUID,
    state           VARCHAR(20)   NOT NULL,
    resolution      VARCHAR(30),
    resolved_by     VARCHAR(100),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    note            VARCHAR(1000),
    CONSTRAINT pk_sync_conflict PRIMARY KEY (id)
);
-- Open conflicts by subject (every page looks them up), and GET /sync/conflicts?state=&kind= (newest first).
CREATE INDEX ix_sync_conflict_subject ON sync_conflict (stream, subject_key, state);
CREATE INDEX ix_sync_conflict_state ON sync_conflict (state, detected_at);
CREATE INDEX ix_sync_conflict_kind ON sync_conflict (kind, detected_at);

-- Budget execution per project as the province reports it (adjusted budget, executed amount, as of a day).
CREATE SEQUENCE project_execution_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE project_execution (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    project_code    VARCHAR(40)   NOT NULL,
    fiscal_year     INTEGER       NOT NULL,
    adjusted_budget NUMERIC(18,2) NOT NULL,
    executed_amount NUMERIC(18,2) NOT NULL,
    as_of           DATE          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_project_execution PRIMARY KEY (id),
    CONSTRAINT uk_project_execution_code UNIQUE (project_code),
    CONSTRAINT ck_project_execution_amounts CHECK (adjusted_budget >= 0 AND executed_amount >= 0)
);
CREATE INDEX ix_project_execution_year ON project_execution (fiscal_year, project_code);
