-- Evidence files (佐证材料, issue 12 item 7): one row per version of a file attached to an object. The content is not
-- here: it lives in the evidence store (a folder under the data folder by default) under its SHA-256, written durably
-- before the row; identical content is stored once. Rows are only ever added, never changed.
-- The owner is named by its kind and id as text (goals, monitoring reports, self-evaluations; key evaluations and
-- ex-ante assessments later): no foreign key, since the owner may be any of several tables.

CREATE SEQUENCE evidence_file_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE evidence_file (
    id           BIGINT       NOT NULL,
    file_id      UUID         NOT NULL,
    owner_type   VARCHAR(30)  NOT NULL,
    owner_id     VARCHAR(64)  NOT NULL,
    purpose      VARCHAR(30)  NOT NULL,
    file_name    VARCHAR(800) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    file_version INTEGER      NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_evidence_file PRIMARY KEY (id),
    CONSTRAINT uk_evidence_file_id UNIQUE (file_id),
    -- Versions 1, 2, 3, ... of one owner's file of one purpose and name, each taken once (two racing uploads: one 409).
    CONSTRAINT uk_evidence_file_version UNIQUE (owner_type, owner_id, purpose, file_name, file_version),
    CONSTRAINT ck_evidence_file_size CHECK (size_bytes > 0),
    CONSTRAINT ck_evidence_file_version CHECK (file_version >= 1)
);
-- Which rows name a content (cleaning up content no row names).
CREATE INDEX ix_evidence_file_sha256 ON evidence_file (sha256);
