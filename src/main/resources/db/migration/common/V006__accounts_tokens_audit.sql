-- Sign-in: an e-mail address names one account across all organisations, so that signing in
-- needs no organisation code (AccountService refuses a second one; on PostgreSQL a unique
-- index holds it too — not on DuckDB, whose unique indexes refuse a key deleted and inserted
-- again in one transaction, as recreating the demo does). A one-time password must be changed
-- at the first sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE;

-- Personal API tokens: only a hash is kept (the token is shown once, when it is made).
CREATE SEQUENCE api_token_seq START 1;
CREATE TABLE api_token (
    org_id        BIGINT       NOT NULL,
    id            BIGINT       NOT NULL DEFAULT nextval('api_token_seq'),
    user_id       BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at  TIMESTAMP,
    revoked_at    TIMESTAMP,
    PRIMARY KEY (org_id, id)
);

-- What happened, by whom: written by the application, never changed by it.
CREATE SEQUENCE audit_event_seq START 1;
CREATE TABLE audit_event (
    org_id    BIGINT        NOT NULL,
    id        BIGINT        NOT NULL DEFAULT nextval('audit_event_seq'),
    occurred_at TIMESTAMP   NOT NULL,
    user_id   BIGINT,
    actor     VARCHAR(320)  NOT NULL,
    action    VARCHAR(40)   NOT NULL,
    detail    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (org_id, id)
);
