-- Third-party agencies (第三方机构, issue 12) and their evaluator rosters, managed by finance. The two reference
-- agencies every installation starts with (domain.agency.ReferenceAgencies): 邵阳臻瑞咨询服务有限责任公司 and a
-- second agency, each with the evaluator of the demo identities. Sequences start above the reference rows' ids.

CREATE SEQUENCE agency_seq START WITH 1001 INCREMENT BY 50;
CREATE SEQUENCE agency_evaluator_seq START WITH 1001 INCREMENT BY 50;

CREATE TABLE agency (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    agency_id    VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    credit_code  VARCHAR(18),
    contact      VARCHAR(200),
    active       BOOLEAN      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_agency PRIMARY KEY (id),
    CONSTRAINT uk_agency_id UNIQUE (agency_id)
);

CREATE TABLE agency_evaluator (
    id         BIGINT       NOT NULL,
    agency_pk  BIGINT       NOT NULL,
    ordinal    INTEGER      NOT NULL,
    user_id    VARCHAR(100) NOT NULL,
    name       VARCHAR(100) NOT NULL,
    CONSTRAINT pk_agency_evaluator PRIMARY KEY (id),
    CONSTRAINT uk_agency_evaluator_user UNIQUE (agency_pk, user_id),
    CONSTRAINT fk_agency_evaluator_agency FOREIGN KEY (agency_pk) REFERENCES agency (id)
);

INSERT INTO agency (id, version, agency_id, name, credit_code, contact, active, created_at, updated_at)
VALUES (1, 0, 'ZHENRUI', '邵阳臻瑞咨询服务有限责任公司', NULL, NULL, TRUE,
        TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00');
INSERT INTO agency (id, version, agency_id, name, credit_code, contact, active, created_at, updated_at)
VALUES (2, 0, 'OTHERAGENCY', '另一家第三方评价机构（演示）', NULL, NULL, TRUE,
        TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00');
INSERT INTO agency_evaluator (id, agency_pk, ordinal, user_id, name)
VALUES (1, 1, 0, 'zhenrui-evaluator', '邵阳臻瑞咨询服务有限责任公司评价人员');
INSERT INTO agency_evaluator (id, agency_pk, ordinal, user_id, name)
VALUES (2, 2, 0, 'other-evaluator', '另一家第三方机构评价人员');
