CREATE SEQUENCE customer_seq START 1;
CREATE TABLE customer (
    org_id       BIGINT       NOT NULL,
    id           BIGINT       NOT NULL DEFAULT nextval('customer_seq'),
    name         VARCHAR(300) NOT NULL,
    external_id  VARCHAR(100),
    org_number   VARCHAR(11),
    segment      VARCHAR(100),
    industry     VARCHAR(100),
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, external_id)
);

CREATE SEQUENCE purpose_seq START 1;
CREATE TABLE purpose (
    org_id           BIGINT       NOT NULL,
    id               BIGINT       NOT NULL DEFAULT nextval('purpose_seq'),
    code             VARCHAR(40)  NOT NULL,
    name_sv          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    kind             VARCHAR(10)  NOT NULL CHECK (kind IN ('FUNNEL', 'CARE')),
    step             INTEGER,
    default_minutes  INTEGER      NOT NULL DEFAULT 60 CHECK (default_minutes > 0),
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, code),
    CHECK ((kind = 'FUNNEL' AND step >= 1) OR (kind = 'CARE' AND step IS NULL))
);

-- Words in an activity's type or subject that classify it as this purpose (Swedish and English).
CREATE TABLE purpose_keyword (
    org_id      BIGINT       NOT NULL,
    purpose_id  BIGINT       NOT NULL,
    keyword     VARCHAR(100) NOT NULL,
    PRIMARY KEY (org_id, keyword)
);
