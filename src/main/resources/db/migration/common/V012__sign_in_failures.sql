-- Failed sign-ins by address, for the throttle (at most 10 per account in 15 minutes): kept in
-- the database so that a restart does not forget them and instances on one PostgreSQL share
-- them. The organisation is the account's, or none for an address no account has.
CREATE TABLE sign_in_failure (
    org_id     BIGINT,
    email      VARCHAR(320) NOT NULL,
    failed_at  TIMESTAMP    NOT NULL
);
