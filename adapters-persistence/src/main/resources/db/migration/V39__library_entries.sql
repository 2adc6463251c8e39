-- The project library (入库, issue 13): a project's entry, made by finance when every readiness check passed, with the
-- readiness report it passed (JSON). One per project, never changed. Kept out of the project table, which the
-- provincial sync overwrites.

CREATE SEQUENCE library_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE library_entry (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    project_code VARCHAR(40)   NOT NULL,
    unit_code    VARCHAR(20)   NOT NULL,
    entered_by   VARCHAR(100)  NOT NULL,
    entered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    readiness    VARCHAR(100000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_library_entry PRIMARY KEY (id),
    CONSTRAINT uk_library_entry_project UNIQUE (project_code),
    CONSTRAINT fk_library_entry_project FOREIGN KEY (project_code) REFERENCES project (project_code),
    CONSTRAINT fk_library_entry_unit FOREIGN KEY (unit_code) REFERENCES budget_unit (unit_code)
);
