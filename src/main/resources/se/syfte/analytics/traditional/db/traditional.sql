-- Visits per salesperson and period, split by whether the customer had a win event (an order
-- above zero or a won deal) before the visit's date.
WITH first_win AS (
    SELECT customer_id, MIN(event_date) AS first_win
    FROM (
        SELECT o.customer_id, o.order_date AS event_date
        FROM orders o
        WHERE o.org_id = :org AND o.amount > 0 AND o.order_date < :to
        UNION ALL
        SELECT d.customer_id, d.close_date
        FROM deal d
        WHERE d.org_id = :org AND d.status = 'WON' AND d.close_date < :to
    ) wins
    GROUP BY customer_id
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
WHERE v.org_id = :org
  AND v.salesperson_id IN (:salespeople)
  AND v.visit_date >= :from
  AND v.visit_date < :to
GROUP BY 1, 2
