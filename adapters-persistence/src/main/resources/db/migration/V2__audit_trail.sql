-- The audit trail: one row per state change, written in the transaction of the change. Append-only.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_event (
    id           BIGINT        NOT NULL,
    event_id     UUID          NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     VARCHAR(100)  NOT NULL,
    actor_roles  VARCHAR(200)  NOT NULL,
    object_type  VARCHAR(50)   NOT NULL,
    object_id    VARCHAR(100)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    action       VARCHAR(50)   NOT NULL,
    -- JSON array of {"field","before","after"}
    changes      VARCHAR(1000000) NOT NULL,
    request_id   VARCHAR(64),
    CONSTRAINT pk_audit_event PRIMARY KEY (id),
    CONSTRAINT uk_audit_event_id UNIQUE (event_id)
);
-- Filters of GET /audit-events: object, actor, time range (newest first).
CREATE INDEX ix_audit_event_object ON audit_event (object_type, object_id, id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_id, id);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
