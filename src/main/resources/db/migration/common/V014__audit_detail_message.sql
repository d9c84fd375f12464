-- An audit entry's detail as a message of the bundles with its arguments (JSON), so that the
-- audit page says it in the reader's language; entries written before have only the English text.
ALTER TABLE audit_event ADD COLUMN message VARCHAR(8000);
