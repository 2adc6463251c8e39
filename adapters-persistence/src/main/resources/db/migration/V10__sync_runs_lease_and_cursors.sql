-- Provincial synchronisation (issue 6): the lease that lets one run at a time proceed across all nodes,
-- the cursor of every change feed, and the run history. Portable SQL (PostgreSQL and H2).

-- One row per lease. A node takes it with a single conditional UPDATE (free, expired or already its own),
-- so two nodes asking together cannot both get it; the holder renews it with every page.
CREATE TABLE sync_lease (
    name        VARCHAR(50)  NOT NULL,
    version     BIGINT       NOT NULL,
    holder      VARCHAR(100),
    acquired_at TIMESTAMP WITH TIME ZONE,
    expires_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_sync_lease PRIMARY KEY (name),
    CONSTRAINT ck_sync_lease_holder CHECK ((holder IS NULL AND expires_at IS NULL) OR (holder IS NOT NULL AND expires_at IS NOT NULL))
);
INSERT INTO sync_lease (name, version, holder, acquired_at, expires_at) VALUES ('provincial-sync', 0, NULL, NULL, NULL);

-- How far each feed (AGENCIES, PROJECTS, EXECUTION) has been taken over: the last change_seq applied.
CREATE TABLE sync_cursor (
    stream     VARCHAR(20) NOT NULL,
    version    BIGINT      NOT NULL,
    change_seq BIGINT      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sync_cursor PRIMARY KEY (stream),
    CONSTRAINT ck_sync_cursor_seq CHECK (change_seq >= 0)
);

CREATE TABLE sync_run (
    id           UUID          NOT NULL,
    version      BIGINT        NOT NULL,
    trigger_kind VARCHAR(20)   NOT NULL,
    run_mode     VARCHAR(20)   NOT NULL,
    requested_by VARCHAR(100)  NOT NULL,
    node_name    VARCHAR(100)  NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    pulled       BIGINT        NOT NULL,
    upserted     BIGINT        NOT NULL,
    conflicts    BIGINT        NOT NULL,
    pushed       BIGINT        NOT NULL,
    failed       BIGINT        NOT NULL,
    pages_done   BIGINT        NOT NULL,
    pages_known  BIGINT        NOT NULL,
    error_text   VARCHAR(2000),
    CONSTRAINT pk_sync_run PRIMARY KEY (id)
);
-- GET /sync/runs (newest first, by state) and the search for runs left RUNNING.
CREATE INDEX ix_sync_run_started ON sync_run (started_at);
CREATE INDEX ix_sync_run_state ON sync_run (state, started_at);
