-- Per customer visited in the window by the chosen salespeople: their visits and hours, and the
-- customer's own yield — order intake and won deal value in the window, and the value of deals
-- created before :to that are open.
WITH effort AS (
    SELECT v.customer_id,
           COUNT(*) AS visits,
           SUM(COALESCE(v.duration_minutes, p.default_minutes, :defaultMinutes)) / 60.0 AS hours
    FROM visit v
    LEFT JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
    WHERE v.org_id = :org AND v.status = 'HELD'
      AND v.salesperson_id IN (:salespeople)
      AND v.visit_date >= :from
      AND v.visit_date < :to
    GROUP BY v.customer_id
),
intake AS (
    SELECT o.customer_id, SUM(o.amount) AS amount
    FROM orders o
    WHERE o.org_id = :org AND o.order_date >= :from AND o.order_date < :to
    GROUP BY o.customer_id
),
won AS (
    SELECT d.customer_id, SUM(d.value) AS amount
    FROM deal d
    WHERE d.org_id = :org AND d.status = 'WON' AND d.close_date >= :from AND d.close_date < :to
    GROUP BY d.customer_id
),
pipeline AS (
    SELECT d.customer_id, SUM(d.value) AS amount
    FROM deal d
    WHERE d.org_id = :org AND d.status = 'OPEN' AND d.created_date < :to
    GROUP BY d.customer_id
)
SELECT e.customer_id,
       c.name AS customer,
       e.visits,
       e.hours,
       COALESCE(i.amount, 0) AS order_intake,
       COALESCE(w.amount, 0) AS won_value,
       COALESCE(pl.amount, 0) AS pipeline_value
FROM effort e
JOIN customer c ON c.org_id = :org AND c.id = e.customer_id
LEFT JOIN intake i ON i.customer_id = e.customer_id
LEFT JOIN won w ON w.customer_id = e.customer_id
LEFT JOIN pipeline pl ON pl.customer_id = e.customer_id
