-- Visits of one import, staged by the bulk loader and merged into visit in a few statements.
-- A visit is the one with the file's id, or else the one of the same day, time, salesperson,
-- customer and purpose; a row that repeats an earlier row of the same file is stored once, as
-- the last of them. A visit once stored as planned stays planned: it was booked before its day.
-- A status the file did not give (it is by date) does not undo a visit's cancellation or no-show.

-- section: create
CREATE TEMP TABLE import_visit (
    row_no            BIGINT,
    external_id       VARCHAR(100),
    visit_date        DATE,
    visit_time        TIME,
    salesperson_id    BIGINT,
    customer_id       BIGINT,
    purpose_id        BIGINT,
    duration_minutes  INTEGER,
    channel           VARCHAR(10),
    note              VARCHAR(4000),
    status            VARCHAR(10),
    status_given      BOOLEAN,
    planned           BOOLEAN,
    target_id         BIGINT
);

-- section: match
UPDATE import_visit SET target_id = visit.id
FROM visit
WHERE visit.org_id = :org AND import_visit.external_id IS NOT NULL AND visit.external_id = import_visit.external_id;

UPDATE import_visit SET target_id = existing.id
FROM (
    SELECT staged.row_no, MIN(visit.id) AS id
    FROM import_visit staged
    JOIN visit ON visit.org_id = :org AND visit.visit_date = staged.visit_date
              AND visit.salesperson_id = staged.salesperson_id AND visit.customer_id = staged.customer_id
              AND visit.purpose_id IS NOT DISTINCT FROM staged.purpose_id
              AND visit.visit_time IS NOT DISTINCT FROM staged.visit_time
    WHERE staged.external_id IS NULL
    GROUP BY staged.row_no
) existing
WHERE import_visit.row_no = existing.row_no;

DELETE FROM import_visit WHERE row_no IN (
    SELECT row_no FROM (
        SELECT row_no, ROW_NUMBER() OVER (
                   PARTITION BY external_id, visit_date, visit_time, salesperson_id, customer_id, purpose_id
                   ORDER BY row_no DESC) AS later_rows
        FROM import_visit
    ) ranked
    WHERE later_rows > 1
);

-- section: references
-- The salesperson, customer and purpose of every staged row exist: checked here once for the whole
-- import rather than row by row (on PostgreSQL visit has no foreign keys to them for that reason).
SELECT COUNT(*) FROM import_visit staged
WHERE NOT EXISTS (SELECT 1 FROM salesperson WHERE salesperson.org_id = :org AND salesperson.id = staged.salesperson_id)
   OR NOT EXISTS (SELECT 1 FROM customer WHERE customer.org_id = :org AND customer.id = staged.customer_id)
   OR (staged.purpose_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM purpose WHERE purpose.org_id = :org AND purpose.id = staged.purpose_id));

-- section: update
UPDATE visit
SET visit_date = staged.visit_date, visit_time = staged.visit_time, salesperson_id = staged.salesperson_id,
    customer_id = staged.customer_id, purpose_id = staged.purpose_id,
    duration_minutes = staged.duration_minutes, channel = staged.channel, note = staged.note,
    status = CASE WHEN staged.status_given OR visit.status NOT IN ('CANCELLED', 'NO_SHOW')
                  THEN staged.status ELSE visit.status END,
    planned = visit.planned OR staged.planned
FROM import_visit staged
WHERE visit.org_id = :org AND visit.id = staged.target_id
  AND (visit.visit_date <> staged.visit_date
       OR visit.visit_time IS DISTINCT FROM staged.visit_time
       OR visit.salesperson_id <> staged.salesperson_id
       OR visit.customer_id <> staged.customer_id
       OR visit.purpose_id IS DISTINCT FROM staged.purpose_id
       OR visit.duration_minutes IS DISTINCT FROM staged.duration_minutes
       OR visit.channel <> staged.channel
       OR visit.note IS DISTINCT FROM staged.note
       OR (visit.status <> staged.status AND (staged.status_given OR visit.status NOT IN ('CANCELLED', 'NO_SHOW')))
       OR (staged.planned AND NOT visit.planned));

-- section: insert
INSERT INTO visit (org_id, visit_date, visit_time, salesperson_id, customer_id, purpose_id, duration_minutes,
                   channel, note, status, planned, external_id)
SELECT :org, visit_date, visit_time, salesperson_id, customer_id, purpose_id, duration_minutes, channel, note,
       status, planned, external_id
FROM import_visit
WHERE target_id IS NULL
ORDER BY row_no;

-- section: drop
DROP TABLE import_visit;
