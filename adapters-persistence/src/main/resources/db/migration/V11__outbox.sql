-- The transactional outbox: reports to the provincial platform, written in the transaction of the state
-- change they report, delivered by the sync with an idempotency key per message.
CREATE SEQUENCE outbox_message_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    message_id      UUID          NOT NULL,
    message_type    VARCHAR(100)  NOT NULL,
    subject_type    VARCHAR(50)   NOT NULL,
    subject_id      VARCHAR(100)  NOT NULL,
    -- the report's JSON object (wire data elements, UTF-8)
    payload         VARCHAR(100000) NOT NULL,
    idempotency_key VARCHAR(100)  NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_outbox_message PRIMARY KEY (id),
    CONSTRAINT uk_outbox_message_id UNIQUE (message_id),
    CONSTRAINT uk_outbox_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_outbox_state CHECK (state IN ('PENDING', 'SENT', 'DEAD_LETTER'))
);
-- The publisher's query (due messages, oldest first) and GET /sync/outbox?state=&messageType=.
CREATE INDEX ix_outbox_due ON outbox_message (state, next_attempt_at, id);
CREATE INDEX ix_outbox_type ON outbox_message (message_type, state, id);
