-- SPEC §5: a customer may have a tier (A, B or C), whose cadence the organisation sets, and an
-- owner, the salesperson who answers for it. Both stay empty until a file or a person sets them.
ALTER TABLE customer ADD COLUMN tier VARCHAR(1);
ALTER TABLE customer ADD COLUMN owner_id BIGINT;
