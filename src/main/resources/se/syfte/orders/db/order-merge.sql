-- Orders of one import, staged by the bulk loader and merged into orders in a few statements.
-- An order is the one with the file's id, or else the one of the same customer, day, amount and
-- salesperson; a row that repeats an earlier row of the same file is stored once.

-- section: create
CREATE TEMP TABLE import_order (
    row_no          BIGINT,
    external_id     VARCHAR(100),
    customer_id     BIGINT,
    salesperson_id  BIGINT,
    order_date      DATE,
    amount          NUMERIC(18, 2),
    currency        VARCHAR(3),
    target_id       BIGINT
);

-- section: match
UPDATE import_order SET target_id = orders.id
FROM orders
WHERE orders.org_id = :org AND import_order.external_id IS NOT NULL
  AND orders.external_id = import_order.external_id;

UPDATE import_order SET target_id = existing.id
FROM (
    SELECT staged.row_no, MIN(orders.id) AS id
    FROM import_order staged
    JOIN orders ON orders.org_id = :org AND orders.customer_id = staged.customer_id
               AND orders.order_date = staged.order_date AND orders.amount = staged.amount
               AND orders.salesperson_id IS NOT DISTINCT FROM staged.salesperson_id
    WHERE staged.external_id IS NULL
    GROUP BY staged.row_no
) existing
WHERE import_order.row_no = existing.row_no;

DELETE FROM import_order WHERE row_no IN (
    SELECT row_no FROM (
        SELECT row_no, ROW_NUMBER() OVER (
                   PARTITION BY external_id, customer_id, order_date, amount, salesperson_id
                   ORDER BY row_no DESC) AS later_rows
        FROM import_order
    ) ranked
    WHERE later_rows > 1
);

-- section: update
UPDATE orders
SET customer_id = staged.customer_id, salesperson_id = staged.salesperson_id, order_date = staged.order_date,
    amount = staged.amount, currency = staged.currency
FROM import_order staged
WHERE orders.org_id = :org AND orders.id = staged.target_id
  AND (orders.customer_id <> staged.customer_id
       OR orders.salesperson_id IS DISTINCT FROM staged.salesperson_id
       OR orders.order_date <> staged.order_date
       OR orders.amount <> staged.amount
       OR orders.currency <> staged.currency);

-- section: insert
INSERT INTO orders (org_id, external_id, customer_id, salesperson_id, order_date, amount, currency)
SELECT :org, external_id, customer_id, salesperson_id, order_date, amount, currency
FROM import_order
WHERE target_id IS NULL
ORDER BY row_no;

-- section: drop
DROP TABLE import_order;
