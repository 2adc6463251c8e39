-- Finance looks up whether one object's report reached the province (?subjectId=); without this index that is a
-- scan of every message ever written.
CREATE INDEX ix_outbox_subject ON outbox_message (subject_id, id);
