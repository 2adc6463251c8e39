-- Self-evaluations (绩效自评, issue 5): one per approved goal, with the weights it was opened with, the budget
-- execution, the recorded result (score, grade and the scheme that gave it) and one line per level-3 indicator
-- of the goal version it copied (the copy beside what the unit entered). The review history is JSON.

CREATE SEQUENCE self_evaluation_seq START WITH 1 INCREMENT BY 500;
CREATE SEQUENCE self_evaluation_line_seq START WITH 1 INCREMENT BY 500;

CREATE TABLE self_evaluation (
    id                  BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    evaluation_id       UUID          NOT NULL,
    goal_id             UUID          NOT NULL,
    goal_version        INTEGER       NOT NULL,
    kind                VARCHAR(30)   NOT NULL,
    unit_code           VARCHAR(20)   NOT NULL,
    fiscal_year         INTEGER       NOT NULL,
    project_code        VARCHAR(40),
    execution_weight    NUMERIC(5,2)  NOT NULL,
    group_weights       VARCHAR(1000) NOT NULL,
    adjusted_budget     NUMERIC(18,2),
    executed_amount     NUMERIC(18,2),
    overall_achievement VARCHAR(2000),
    status              VARCHAR(30)   NOT NULL,
    total_score         NUMERIC(5,2),
    grade               VARCHAR(20),
    grade_scheme_id     VARCHAR(50),
    history             VARCHAR(1000000) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_self_evaluation PRIMARY KEY (id),
    CONSTRAINT uk_self_evaluation_id UNIQUE (evaluation_id),
    -- one self-evaluation per goal
    CONSTRAINT uk_self_evaluation_goal UNIQUE (goal_id),
    CONSTRAINT fk_self_evaluation_goal FOREIGN KEY (goal_id) REFERENCES performance_goal (goal_id),
    CONSTRAINT fk_self_evaluation_unit FOREIGN KEY (unit_code) REFERENCES budget_unit (unit_code),
    CONSTRAINT fk_self_evaluation_project FOREIGN KEY (project_code) REFERENCES project (project_code),
    CONSTRAINT fk_self_evaluation_scheme FOREIGN KEY (grade_scheme_id) REFERENCES grade_scheme (scheme_id),
    CONSTRAINT ck_self_evaluation_result CHECK ((total_score IS NULL AND grade IS NULL AND grade_scheme_id IS NULL)
        OR (total_score IS NOT NULL AND grade IS NOT NULL AND grade_scheme_id IS NOT NULL))
);
-- Filters of GET /self-evaluations (year, unit, kind, status, grade, project), the campaign progress, the score
-- check of a year and the count of grades a scheme gave.
CREATE INDEX ix_self_evaluation_year_unit ON self_evaluation (fiscal_year, unit_code, kind);
CREATE INDEX ix_self_evaluation_unit ON self_evaluation (unit_code, id);
CREATE INDEX ix_self_evaluation_year_status ON self_evaluation (fiscal_year, status);
CREATE INDEX ix_self_evaluation_year_grade ON self_evaluation (fiscal_year, grade);
CREATE INDEX ix_self_evaluation_project ON self_evaluation (project_code);
CREATE INDEX ix_self_evaluation_scheme ON self_evaluation (grade_scheme_id);
CREATE INDEX ix_self_evaluation_status ON self_evaluation (status, id);
CREATE INDEX ix_self_evaluation_grade ON self_evaluation (grade, id);
CREATE INDEX ix_self_evaluation_kind ON self_evaluation (kind, id);

CREATE TABLE self_evaluation_line (
    id               BIGINT        NOT NULL,
    evaluation_pk    BIGINT        NOT NULL,
    ordinal          INTEGER       NOT NULL,
    indicator_id     UUID          NOT NULL,
    level1_code      VARCHAR(50)   NOT NULL,
    level2_code      VARCHAR(50)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    value_type       VARCHAR(20)   NOT NULL,
    comparator       VARCHAR(20),
    target_value     NUMERIC(24,6),
    unit_of_measure  VARCHAR(20),
    weight           NUMERIC(5,2),
    -- what the unit entered: 完成值 (quantitative) or tier and percentage (qualitative), and 偏差原因
    actual_value     NUMERIC(24,6),
    tier             VARCHAR(20),
    tier_percentage  NUMERIC(5,2),
    deviation_reason VARCHAR(2000),
    CONSTRAINT pk_self_evaluation_line PRIMARY KEY (id),
    CONSTRAINT uk_self_evaluation_line_ordinal UNIQUE (evaluation_pk, ordinal),
    CONSTRAINT fk_self_evaluation_line_evaluation FOREIGN KEY (evaluation_pk) REFERENCES self_evaluation (id)
);
