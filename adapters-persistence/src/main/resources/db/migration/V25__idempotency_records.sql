-- Idempotency keys of creates (issue 10): one row per caller (the token's subject) and key, written in the
-- transaction of the create it answers, so that neither exists without the other. The row is inserted (claimed)
-- before the create runs, which makes a concurrent duplicate wait on uk_idempotency_record_key until the first
-- commits (then it replays the answer) or rolls back (then it runs itself); the answer columns are filled in before
-- commit, so a committed row always has them. Portable SQL (PostgreSQL and H2).
CREATE TABLE idempotency_record (
    id              UUID          NOT NULL,
    caller          VARCHAR(255)  NOT NULL,
    idempotency_key VARCHAR(255)  NOT NULL,
    fingerprint     VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code     INTEGER,
    content_type    VARCHAR(200),
    location        VARCHAR(2000),
    etag            VARCHAR(200),
    -- The answer's body, gzip-compressed (an import's answer lists every goal it created).
    body_gzip       BYTEA,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (id),
    CONSTRAINT uk_idempotency_record_key UNIQUE (caller, idempotency_key),
    -- Only successful answers are kept.
    CONSTRAINT ck_idempotency_record_status CHECK (status_code IS NULL OR (status_code >= 200 AND status_code <= 299))
);
-- The purge of expired records is one range delete on this index.
CREATE INDEX ix_idempotency_record_expiry ON idempotency_record (expires_at);
