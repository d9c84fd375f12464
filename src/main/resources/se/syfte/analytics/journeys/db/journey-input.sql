-- The journey walk's input, in the order JourneyWalker reads it: per customer, first its win
-- events by date, then its funnel visits by salesperson and date.
-- Same-day visits of a pair are one row with the day's highest step: the walk treats them alike.
-- Days come as days since 1970-01-01: reading a date from a result set cost a fifth of the
-- walk (a java.sql.Date and its time zone per row). Events on or after :to are ignored; only
-- customers the chosen salespeople visited matter, and of them only :customer when it is not -1
-- (a customer's page walks its own journeys alone).
WITH visited AS (
    SELECT DISTINCT v.customer_id
    FROM visit v
    WHERE v.org_id = :org AND v.status = 'HELD' AND v.salesperson_id IN (:salespeople) AND v.visit_date < :to
      AND (:customer = -1 OR v.customer_id = :customer)
)
SELECT w.customer_id, 0 AS kind, CAST(NULL AS BIGINT) AS salesperson_id,
       CAST(w.event_date - DATE '1970-01-01' AS BIGINT) AS epoch_day, 0 AS step
FROM win_event w
WHERE w.org_id = :org
  AND w.event_date < :to
  AND w.customer_id IN (SELECT customer_id FROM visited)
UNION ALL
SELECT v.customer_id, 1 AS kind, v.salesperson_id, CAST(v.visit_date - DATE '1970-01-01' AS BIGINT), MAX(p.step)
FROM visit v
JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
WHERE v.org_id = :org AND v.status = 'HELD'
  AND p.kind = 'FUNNEL'
  AND v.salesperson_id IN (:salespeople)
  AND v.visit_date < :to
  AND (:customer = -1 OR v.customer_id = :customer)
GROUP BY v.customer_id, v.salesperson_id, v.visit_date
ORDER BY 1, 2, 3, 4
