-- The assessment criteria as data (issue 12): each published version with its criteria in order; the highest
-- version is in force. Nothing stored means the built-in default (five criteria, 20 points each, version 1).

CREATE SEQUENCE assessment_criteria_set_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE assessment_criteria_item_seq START WITH 1 INCREMENT BY 250;

CREATE TABLE assessment_criteria_set (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    criteria_version INTEGER      NOT NULL,
    published_by     VARCHAR(100) NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_assessment_criteria_set PRIMARY KEY (id),
    CONSTRAINT uk_assessment_criteria_version UNIQUE (criteria_version)
);

CREATE TABLE assessment_criteria_item (
    id         BIGINT       NOT NULL,
    set_pk     BIGINT       NOT NULL,
    ordinal    INTEGER      NOT NULL,
    code       VARCHAR(30)  NOT NULL,
    label      VARCHAR(100) NOT NULL,
    max_points NUMERIC(5,2) NOT NULL,
    CONSTRAINT pk_assessment_criteria_item PRIMARY KEY (id),
    CONSTRAINT uk_assessment_criteria_item_ordinal UNIQUE (set_pk, ordinal),
    CONSTRAINT uk_assessment_criteria_item_code UNIQUE (set_pk, code),
    CONSTRAINT fk_assessment_criteria_item_set FOREIGN KEY (set_pk) REFERENCES assessment_criteria_set (id)
);
