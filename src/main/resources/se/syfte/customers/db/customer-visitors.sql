-- Who visits the customer: visits and hours per salesperson the reader may see, most hours first.
SELECT s.name AS salesperson,
       COUNT(*) AS visits,
       SUM(COALESCE(v.duration_minutes, p.default_minutes, :defaultMinutes)) / 60.0 AS hours,
       MAX(v.visit_date) AS last_visit
FROM visit v
JOIN salesperson s ON s.org_id = v.org_id AND s.id = v.salesperson_id
LEFT JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
WHERE v.org_id = :org AND v.status = 'HELD'
  AND v.customer_id = :customer
  AND v.salesperson_id IN (:salespeople)
GROUP BY s.name
ORDER BY hours DESC, s.name
