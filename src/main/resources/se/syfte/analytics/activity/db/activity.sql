-- Visits and hours per salesperson, purpose and period in [:from, :to); a visit without a
-- duration counts its purpose's default (:defaultMinutes when unclassified).
SELECT v.salesperson_id,
       p.code AS purpose_code,
       CASE :period
           WHEN 'WEEK' THEN CAST(date_trunc('week', v.visit_date) AS DATE)
           WHEN 'MONTH' THEN CAST(date_trunc('month', v.visit_date) AS DATE)
           WHEN 'QUARTER' THEN CAST(date_trunc('quarter', v.visit_date) AS DATE)
           ELSE CAST(date_trunc('year', v.visit_date) AS DATE)
       END AS period_start,
       COUNT(*) AS visits,
       SUM(COALESCE(v.duration_minutes, p.default_minutes, :defaultMinutes)) / 60.0 AS hours
FROM visit v
LEFT JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
WHERE v.org_id = :org AND v.status = 'HELD'
  AND v.salesperson_id IN (:salespeople)
  AND v.visit_date >= :from
  AND v.visit_date < :to
GROUP BY 1, 2, 3
