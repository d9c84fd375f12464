-- SPEC §5: a visit is PLANNED, HELD, CANCELLED or NO_SHOW, and remembers whether it was planned
-- (booked before its day). Visits stored before statuses existed are HELD and not planned.
-- DuckDB adds no column with a constraint, so NOT NULL follows the column; PostgreSQL checks the
-- status's values as well (postgresql/V007_1).
ALTER TABLE visit ADD COLUMN status VARCHAR(10) DEFAULT 'HELD';
ALTER TABLE visit ALTER COLUMN status SET NOT NULL;
ALTER TABLE visit ADD COLUMN planned BOOLEAN DEFAULT FALSE;
ALTER TABLE visit ALTER COLUMN planned SET NOT NULL;
