-- Rectification items (整改, issue 13): issued from an accepted key evaluation's findings (finding_index = the finding's
-- position) or raised by finance on a key or self-evaluation (finding_index NULL). uk_rectification_finding keeps one
-- item per finding; NULLs never collide, so items raised on one evaluation are not limited. OVERDUE is not a state: it
-- is computed from deadline and the district's day when read. rectification_report keeps every report of the unit.

CREATE SEQUENCE rectification_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE rectification_report_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE rectification (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    rectification_id  UUID          NOT NULL,
    evaluation_kind   VARCHAR(20)   NOT NULL,
    evaluation_id     UUID          NOT NULL,
    finding_index     INTEGER,
    evaluation_year   INTEGER       NOT NULL,
    project_code      VARCHAR(40),
    responsible_unit  VARCHAR(20)   NOT NULL,
    finding_text      VARCHAR(2000) NOT NULL,
    deadline          DATE          NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    issued_by         VARCHAR(100)  NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    return_reason     VARCHAR(1000),
    return_count      INTEGER       NOT NULL,
    verified_by       VARCHAR(100),
    verified_at       TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_rectification PRIMARY KEY (id),
    CONSTRAINT uk_rectification_id UNIQUE (rectification_id),
    CONSTRAINT uk_rectification_finding UNIQUE (evaluation_kind, evaluation_id, finding_index),
    CONSTRAINT fk_rectification_project FOREIGN KEY (project_code) REFERENCES project (project_code),
    CONSTRAINT fk_rectification_unit FOREIGN KEY (responsible_unit) REFERENCES budget_unit (unit_code),
    CONSTRAINT ck_rectification_finding CHECK (finding_index IS NULL OR finding_index >= 0)
);
-- A project's items (readiness); an evaluation's items (issuing, the evaluation filter); a unit's items; a year's
-- items (the summary); the overdue filter (state, deadline).
CREATE INDEX ix_rectification_project ON rectification (project_code, id);
CREATE INDEX ix_rectification_unit ON rectification (responsible_unit, deadline);
CREATE INDEX ix_rectification_year ON rectification (evaluation_year, responsible_unit);
CREATE INDEX ix_rectification_state_deadline ON rectification (state, deadline);

CREATE TABLE rectification_report (
    id                BIGINT        NOT NULL,
    rectification_pk  BIGINT        NOT NULL,
    round             INTEGER       NOT NULL,
    report_text       VARCHAR(4000) NOT NULL,
    reported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_on       DATE          NOT NULL,
    evidence_files    INTEGER       NOT NULL,
    days_late         INTEGER       NOT NULL,
    CONSTRAINT pk_rectification_report PRIMARY KEY (id),
    CONSTRAINT uk_rectification_report_round UNIQUE (rectification_pk, round),
    CONSTRAINT fk_rectification_report_item FOREIGN KEY (rectification_pk) REFERENCES rectification (id)
);
