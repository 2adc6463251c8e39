-- Campaigns (工作任务, issue 5): a task finance issues to a set of units with a deadline and the money each
-- covers. Progress is never stored: it is computed from the units' monitoring reports and self-evaluations.

CREATE SEQUENCE campaign_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE campaign_target_seq START WITH 1 INCREMENT BY 500;

CREATE TABLE campaign (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    campaign_id     UUID         NOT NULL,
    title           VARCHAR(200) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    fiscal_year     INTEGER      NOT NULL,
    round_id        UUID,
    evaluation_kind VARCHAR(30),
    deadline        DATE         NOT NULL,
    issued_by       VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_campaign PRIMARY KEY (id),
    CONSTRAINT uk_campaign_id UNIQUE (campaign_id),
    CONSTRAINT fk_campaign_round FOREIGN KEY (round_id) REFERENCES monitoring_round (round_id)
);
-- Filters of GET /campaigns (year, kind).
CREATE INDEX ix_campaign_year_kind ON campaign (fiscal_year, kind);
CREATE INDEX ix_campaign_kind ON campaign (kind, id);

CREATE TABLE campaign_target (
    id          BIGINT        NOT NULL,
    campaign_pk BIGINT        NOT NULL,
    ordinal     INTEGER       NOT NULL,
    unit_code   VARCHAR(20)   NOT NULL,
    amount      NUMERIC(18,2) NOT NULL,
    CONSTRAINT pk_campaign_target PRIMARY KEY (id),
    CONSTRAINT uk_campaign_target_ordinal UNIQUE (campaign_pk, ordinal),
    CONSTRAINT uk_campaign_target_unit UNIQUE (campaign_pk, unit_code),
    CONSTRAINT fk_campaign_target_campaign FOREIGN KEY (campaign_pk) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_target_unit FOREIGN KEY (unit_code) REFERENCES budget_unit (unit_code)
);
-- Which campaigns address a unit of the caller's scope.
CREATE INDEX ix_campaign_target_unit ON campaign_target (unit_code, campaign_pk);
