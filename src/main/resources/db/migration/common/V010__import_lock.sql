-- One row per organisation that imports: an import's transaction updates it first, so that two
-- imports into one organisation (two CLI runs, two uploads, one of each, on any number of
-- instances) run one after the other and a file is stored once. PostgreSQL makes the second
-- wait on the row lock; DuckDB refuses its write at once, and the import tries again.
CREATE TABLE import_lock (
    org_id   BIGINT NOT NULL PRIMARY KEY,
    imports  BIGINT NOT NULL DEFAULT 0
);
