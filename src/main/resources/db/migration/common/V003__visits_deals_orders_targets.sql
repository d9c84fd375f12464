CREATE SEQUENCE visit_seq START 1;
CREATE TABLE visit (
    org_id            BIGINT        NOT NULL,
    id                BIGINT        NOT NULL DEFAULT nextval('visit_seq'),
    visit_date        DATE          NOT NULL,
    visit_time        TIME,
    salesperson_id    BIGINT        NOT NULL,
    customer_id       BIGINT        NOT NULL,
    -- Empty only for activities imported unclassified on request.
    purpose_id        BIGINT,
    -- Empty means the purpose's default duration applies.
    duration_minutes  INTEGER       CHECK (duration_minutes >= 0),
    channel           VARCHAR(10)   NOT NULL DEFAULT 'ON_SITE' CHECK (channel IN ('ON_SITE', 'VIDEO', 'PHONE')),
    note              VARCHAR(4000),
    deal_id           BIGINT,
    external_id       VARCHAR(100),
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, external_id)
);

CREATE SEQUENCE deal_seq START 1;
CREATE TABLE deal (
    org_id        BIGINT         NOT NULL,
    id            BIGINT         NOT NULL DEFAULT nextval('deal_seq'),
    external_id   VARCHAR(100),
    customer_id   BIGINT         NOT NULL,
    owner_id      BIGINT,
    title         VARCHAR(300),
    created_date  DATE           NOT NULL,
    stage         VARCHAR(100),
    value         NUMERIC(18, 2) NOT NULL DEFAULT 0,
    currency      VARCHAR(3)     NOT NULL DEFAULT 'SEK',
    status        VARCHAR(4)     NOT NULL CHECK (status IN ('OPEN', 'WON', 'LOST')),
    close_date    DATE,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, external_id),
    CHECK (status = 'OPEN' OR close_date IS NOT NULL)
);

CREATE SEQUENCE orders_seq START 1;
CREATE TABLE orders (
    org_id          BIGINT         NOT NULL,
    id              BIGINT         NOT NULL DEFAULT nextval('orders_seq'),
    external_id     VARCHAR(100),
    customer_id     BIGINT         NOT NULL,
    salesperson_id  BIGINT,
    order_date      DATE           NOT NULL,
    amount          NUMERIC(18, 2) NOT NULL,
    currency        VARCHAR(3)     NOT NULL DEFAULT 'SEK',
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, external_id)
);

CREATE SEQUENCE target_seq START 1;
CREATE TABLE target (
    org_id          BIGINT      NOT NULL,
    id              BIGINT      NOT NULL DEFAULT nextval('target_seq'),
    salesperson_id  BIGINT,
    team_id         BIGINT,
    purpose_id      BIGINT      NOT NULL,
    period          VARCHAR(7)  NOT NULL CHECK (period IN ('WEEK', 'MONTH', 'QUARTER', 'YEAR')),
    period_start    DATE        NOT NULL,
    target_count    INTEGER     NOT NULL CHECK (target_count >= 0),
    PRIMARY KEY (org_id, id),
    CHECK ((salesperson_id IS NULL) <> (team_id IS NULL))
);
