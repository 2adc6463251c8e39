-- Grading configuration (issue 5): grade schemes (评价等级), which scheme grades which evaluation type from which
-- fiscal year on, and which weights (自评权重) score which kind of self-evaluation from which year on.
-- Portable SQL: the same script runs on PostgreSQL (production, tests) and H2 (the embedded default).

-- A scheme's bands are a value read and written whole: JSON [{"grade":"EXCELLENT","lowerBound":"90.00"}, ...], best first.
CREATE TABLE grade_scheme (
    scheme_id  VARCHAR(50)   NOT NULL,
    version    BIGINT        NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    bands      VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_grade_scheme PRIMARY KEY (scheme_id)
);

-- Each catalog is one document with one revision (its ETag): its entries are replaced whole.
CREATE TABLE evaluation_catalog (
    name       VARCHAR(50) NOT NULL,
    version    BIGINT      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_evaluation_catalog PRIMARY KEY (name)
);

-- Seeded rows take ids below the sequence's start.
CREATE SEQUENCE grade_scheme_assignment_seq START WITH 1001 INCREMENT BY 50;
CREATE SEQUENCE weight_template_assignment_seq START WITH 1001 INCREMENT BY 50;

CREATE TABLE grade_scheme_assignment (
    id              BIGINT      NOT NULL,
    evaluation_type VARCHAR(30) NOT NULL,
    effective_from  INTEGER     NOT NULL,
    scheme_id       VARCHAR(50) NOT NULL,
    CONSTRAINT pk_grade_scheme_assignment PRIMARY KEY (id),
    CONSTRAINT uk_grade_scheme_assignment UNIQUE (evaluation_type, effective_from),
    CONSTRAINT fk_grade_scheme_assignment_scheme FOREIGN KEY (scheme_id) REFERENCES grade_scheme (scheme_id)
);
CREATE INDEX ix_grade_scheme_assignment_scheme ON grade_scheme_assignment (scheme_id);

-- group_weights: JSON object level-1 code → weight, in the order the self-evaluation table lists the groups.
CREATE TABLE weight_template_assignment (
    id               BIGINT        NOT NULL,
    evaluation_kind  VARCHAR(30)   NOT NULL,
    effective_from   INTEGER       NOT NULL,
    execution_weight NUMERIC(5,2)  NOT NULL,
    group_weights    VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_weight_template_assignment PRIMARY KEY (id),
    CONSTRAINT uk_weight_template_assignment UNIQUE (evaluation_kind, effective_from)
);

-- The shipped data: the national scheme (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60) grades every type; the district's
-- scheme of its 2024 work report (优 ≥ 90, 良 ≥ 80, 较差 ≥ 70, 差 < 70) grades key evaluations from fiscal year
-- 2023 on. Self-evaluations of every kind are weighted 预算执行率 10, 产出 50, 效益 30, 满意度 10.
INSERT INTO grade_scheme (scheme_id, version, name, bands, created_at, updated_at) VALUES
  ('national', 0, '全国统一评价等级',
   '[{"grade":"EXCELLENT","lowerBound":"90.00"},{"grade":"GOOD","lowerBound":"80.00"},{"grade":"MEDIUM","lowerBound":"60.00"},{"grade":"POOR","lowerBound":"0.00"}]',
   TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+08:00'),
  ('district-2024', 0, '大祥区评价等级（2024）',
   '[{"grade":"EXCELLENT","lowerBound":"90.00"},{"grade":"GOOD","lowerBound":"80.00"},{"grade":"WEAK","lowerBound":"70.00"},{"grade":"POOR","lowerBound":"0.00"}]',
   TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+08:00');

INSERT INTO evaluation_catalog (name, version, updated_at) VALUES
  ('grade-schemes', 0, TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+08:00'),
  ('weight-templates', 0, TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+08:00');

INSERT INTO grade_scheme_assignment (id, evaluation_type, effective_from, scheme_id) VALUES
  (1, 'SELF_EVALUATION', 2000, 'national'),
  (2, 'DEPARTMENT_EVALUATION', 2000, 'national'),
  (3, 'KEY_EVALUATION', 2000, 'national'),
  (4, 'KEY_EVALUATION', 2023, 'district-2024');

INSERT INTO weight_template_assignment (id, evaluation_kind, effective_from, execution_weight, group_weights) VALUES
  (1, 'PROJECT', 2000, 10.00, '{"OUTPUT":"50.00","BENEFIT":"30.00","SATISFACTION":"10.00"}'),
  (2, 'DEPARTMENT_OVERALL', 2000, 10.00, '{"OUTPUT":"50.00","BENEFIT":"30.00","SATISFACTION":"10.00"}');
