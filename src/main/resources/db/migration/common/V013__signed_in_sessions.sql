-- The browser sessions each account is signed in with: an account has at most
-- syfte.security.max-sessions of them (the oldest ends when one more begins), and a session whose
-- row is gone is over on every instance that shares the database. A session is named by a random
-- key it carries, not by its id.
CREATE SEQUENCE signed_in_session_seq START 1;
CREATE TABLE signed_in_session (
    org_id       BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    id           BIGINT      NOT NULL DEFAULT nextval('signed_in_session_seq'),
    session_key  VARCHAR(64) NOT NULL,
    began_at     TIMESTAMP   NOT NULL,
    PRIMARY KEY (session_key)
);
CREATE INDEX signed_in_session_by_account ON signed_in_session (org_id, user_id, id);
