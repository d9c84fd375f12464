-- Shared by DuckDB and PostgreSQL: plain SQL both understand, no foreign keys
-- (DuckDB turns an update of a referenced row into delete + insert, so upserts would fail).
-- Every table carries org_id and leads its primary key with it: the organisation is the
-- tenant and the distribution key for scale-out.

CREATE SEQUENCE organisation_seq START 1;
CREATE TABLE organisation (
    id          BIGINT       NOT NULL DEFAULT nextval('organisation_seq'),
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    currency    VARCHAR(3)   NOT NULL DEFAULT 'SEK',
    time_zone   VARCHAR(60)  NOT NULL DEFAULT 'Europe/Stockholm',
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (code)
);

CREATE SEQUENCE team_seq START 1;
CREATE TABLE team (
    org_id  BIGINT       NOT NULL,
    id      BIGINT       NOT NULL DEFAULT nextval('team_seq'),
    name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, name)
);

CREATE SEQUENCE salesperson_seq START 1;
CREATE TABLE salesperson (
    org_id   BIGINT       NOT NULL,
    id       BIGINT       NOT NULL DEFAULT nextval('salesperson_seq'),
    team_id  BIGINT       NOT NULL,
    name     VARCHAR(200) NOT NULL,
    email    VARCHAR(320),
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, name)
);

CREATE SEQUENCE app_user_seq START 1;
CREATE TABLE app_user (
    org_id          BIGINT       NOT NULL,
    id              BIGINT       NOT NULL DEFAULT nextval('app_user_seq'),
    email           VARCHAR(320) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'SALESPERSON')),
    salesperson_id  BIGINT,
    password_hash   VARCHAR(200),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, email)
);

-- The teams a MANAGER manages.
CREATE TABLE user_team (
    org_id   BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    team_id  BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id, team_id)
);
