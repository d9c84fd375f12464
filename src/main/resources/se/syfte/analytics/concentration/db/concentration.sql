-- Per salesperson and funnel purpose: all visits in the window, and every customer that got the
-- most of them (ties are broken by name in the application, where the collation is the same on
-- every database).
WITH counts AS (
    SELECT v.salesperson_id, p.code AS purpose_code, v.customer_id, COUNT(*) AS visits
    FROM visit v
    JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
    WHERE v.org_id = :org AND v.status = 'HELD'
      AND p.kind = 'FUNNEL'
      AND v.salesperson_id IN (:salespeople)
      AND v.visit_date >= :from
      AND v.visit_date < :to
    GROUP BY 1, 2, 3
),
ranked AS (
    SELECT counts.*,
           SUM(visits) OVER (PARTITION BY salesperson_id, purpose_code) AS all_visits,
           MAX(visits) OVER (PARTITION BY salesperson_id, purpose_code) AS most
    FROM counts
)
SELECT r.salesperson_id, r.purpose_code, r.all_visits, r.customer_id, c.name AS customer, r.visits
FROM ranked r
JOIN customer c ON c.org_id = :org AND c.id = r.customer_id
WHERE r.visits = r.most
