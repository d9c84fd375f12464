-- Deals of one import, staged by the bulk loader and merged into deal in a few statements.
-- A deal is the one with the file's id, or else the one of the same customer, created date and
-- title; a row that repeats an earlier row of the same file is stored once, as the last of them.

-- section: create
CREATE TEMP TABLE import_deal (
    row_no        BIGINT,
    external_id   VARCHAR(100),
    customer_id   BIGINT,
    owner_id      BIGINT,
    title         VARCHAR(300),
    created_date  DATE,
    stage         VARCHAR(100),
    value         NUMERIC(18, 2),
    currency      VARCHAR(3),
    status        VARCHAR(4),
    close_date    DATE,
    target_id     BIGINT
);

-- section: match
UPDATE import_deal SET target_id = deal.id
FROM deal
WHERE deal.org_id = :org AND import_deal.external_id IS NOT NULL AND deal.external_id = import_deal.external_id;

UPDATE import_deal SET target_id = existing.id
FROM (
    SELECT staged.row_no, MIN(deal.id) AS id
    FROM import_deal staged
    JOIN deal ON deal.org_id = :org AND deal.customer_id = staged.customer_id
             AND deal.created_date = staged.created_date AND COALESCE(deal.title, '') = COALESCE(staged.title, '')
    WHERE staged.external_id IS NULL
    GROUP BY staged.row_no
) existing
WHERE import_deal.row_no = existing.row_no;

DELETE FROM import_deal WHERE row_no IN (
    SELECT row_no FROM (
        SELECT row_no, ROW_NUMBER() OVER (
                   PARTITION BY external_id, customer_id, created_date, COALESCE(title, '')
                   ORDER BY row_no DESC) AS later_rows
        FROM import_deal
    ) ranked
    WHERE later_rows > 1
);

-- section: update
UPDATE deal
SET customer_id = staged.customer_id, owner_id = staged.owner_id, title = staged.title,
    created_date = staged.created_date, stage = staged.stage, value = staged.value, currency = staged.currency,
    status = staged.status, close_date = staged.close_date
FROM import_deal staged
WHERE deal.org_id = :org AND deal.id = staged.target_id
  AND (deal.customer_id <> staged.customer_id
       OR deal.owner_id IS DISTINCT FROM staged.owner_id
       OR deal.title IS DISTINCT FROM staged.title
       OR deal.created_date <> staged.created_date
       OR deal.stage IS DISTINCT FROM staged.stage
       OR deal.value <> staged.value
       OR deal.currency <> staged.currency
       OR deal.status <> staged.status
       OR deal.close_date IS DISTINCT FROM staged.close_date);

-- section: insert
INSERT INTO deal (org_id, external_id, customer_id, owner_id, title, created_date, stage, value, currency, status,
                  close_date)
SELECT :org, external_id, customer_id, owner_id, title, created_date, stage, value, currency, status, close_date
FROM import_deal
WHERE target_id IS NULL
ORDER BY row_no;

-- section: drop
DROP TABLE import_deal;
