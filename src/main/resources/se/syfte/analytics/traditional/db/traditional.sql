-- Visits per salesperson and period, split by whether the customer had a win event before the
-- visit's date.
WITH first_win AS (
    SELECT w.customer_id, MIN(w.event_date) AS first_win
    FROM win_event w
    WHERE w.org_id = :org AND w.event_date < :to
    GROUP BY w.customer_id
)
SELECT v.salesperson_id,
       CASE :period
           WHEN 'WEEK' THEN CAST(date_trunc('week', v.visit_date) AS DATE)
           WHEN 'MONTH' THEN CAST(date_trunc('month', v.visit_date) AS DATE)
           WHEN 'QUARTER' THEN CAST(date_trunc('quarter', v.visit_date) AS DATE)
           ELSE CAST(date_trunc('year', v.visit_date) AS DATE)
       END AS period_start,
       SUM(CASE WHEN f.first_win IS NOT NULL AND f.first_win < v.visit_date THEN 0 ELSE 1 END) AS new_visits,
       SUM(CASE WHEN f.first_win IS NOT NULL AND f.first_win < v.visit_date THEN 1 ELSE 0 END) AS existing_visits
FROM visit v
LEFT JOIN first_win f ON f.customer_id = v.customer_id
WHERE v.org_id = :org AND v.status = 'HELD'
  AND v.salesperson_id IN (:salespeople)
  AND v.visit_date >= :from
  AND v.visit_date < :to
GROUP BY 1, 2
