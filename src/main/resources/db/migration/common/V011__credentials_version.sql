-- A count that goes up whenever an account's password is changed or reset: a session signed in
-- before carries the old count and is ended at its next request, on every instance.
ALTER TABLE app_user ADD COLUMN credentials_version INTEGER DEFAULT 0;
ALTER TABLE app_user ALTER COLUMN credentials_version SET NOT NULL;
