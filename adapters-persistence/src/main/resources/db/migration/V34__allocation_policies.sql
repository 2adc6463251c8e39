-- The allocation policy (结果应用规则, issue 13) as versioned data: each published version with its precedence (which
-- evaluation type counts first, comma-separated) and its rules in order; the highest version is in force. Version 1
-- is the district's default, seeded here, the same as AllocationPolicy.standard(): for key evaluations and
-- self-evaluations 优 → 重点支持, 良 → 优先保障, 中 and 较差 → 减少资金或整合项目 −10 %, 差 → 取消安排 (−100 %).

CREATE SEQUENCE allocation_policy_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE allocation_policy_rule_seq START WITH 1000 INCREMENT BY 250;

CREATE TABLE allocation_policy (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    policy_version INTEGER      NOT NULL,
    precedence     VARCHAR(200) NOT NULL,
    published_by   VARCHAR(100),
    published_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_allocation_policy PRIMARY KEY (id),
    CONSTRAINT uk_allocation_policy_version UNIQUE (policy_version)
);

CREATE TABLE allocation_policy_rule (
    id                 BIGINT       NOT NULL,
    policy_pk          BIGINT       NOT NULL,
    ordinal            INTEGER      NOT NULL,
    evaluation_type    VARCHAR(30)  NOT NULL,
    grade              VARCHAR(20),
    min_score          NUMERIC(5,2),
    max_score          NUMERIC(5,2),
    treatment          VARCHAR(30)  NOT NULL,
    adjustment_percent NUMERIC(5,2) NOT NULL,
    CONSTRAINT pk_allocation_policy_rule PRIMARY KEY (id),
    CONSTRAINT uk_allocation_policy_rule_ordinal UNIQUE (policy_pk, ordinal),
    CONSTRAINT fk_allocation_policy_rule_policy FOREIGN KEY (policy_pk) REFERENCES allocation_policy (id)
);

INSERT INTO allocation_policy (id, version, policy_version, precedence, published_by, published_at)
VALUES (1, 0, 1, 'KEY_EVALUATION,SELF_EVALUATION', NULL, NULL);

INSERT INTO allocation_policy_rule (id, policy_pk, ordinal, evaluation_type, grade, min_score, max_score, treatment, adjustment_percent) VALUES
    (1, 1, 0, 'KEY_EVALUATION', 'EXCELLENT', NULL, NULL, 'KEY_SUPPORT', 0.00),
    (2, 1, 1, 'KEY_EVALUATION', 'GOOD', NULL, NULL, 'PRIORITY', 0.00),
    (3, 1, 2, 'KEY_EVALUATION', 'MEDIUM', NULL, NULL, 'REDUCE_OR_MERGE', -10.00),
    (4, 1, 3, 'KEY_EVALUATION', 'WEAK', NULL, NULL, 'REDUCE_OR_MERGE', -10.00),
    (5, 1, 4, 'KEY_EVALUATION', 'POOR', NULL, NULL, 'CANCEL', -100.00),
    (6, 1, 5, 'SELF_EVALUATION', 'EXCELLENT', NULL, NULL, 'KEY_SUPPORT', 0.00),
    (7, 1, 6, 'SELF_EVALUATION', 'GOOD', NULL, NULL, 'PRIORITY', 0.00),
    (8, 1, 7, 'SELF_EVALUATION', 'MEDIUM', NULL, NULL, 'REDUCE_OR_MERGE', -10.00),
    (9, 1, 8, 'SELF_EVALUATION', 'WEAK', NULL, NULL, 'REDUCE_OR_MERGE', -10.00),
    (10, 1, 9, 'SELF_EVALUATION', 'POOR', NULL, NULL, 'CANCEL', -100.00);
