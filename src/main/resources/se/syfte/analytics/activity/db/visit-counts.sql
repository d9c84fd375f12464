-- Visits and hours per salesperson and purpose in [:from, :to); a visit without a duration
-- counts its purpose's default (60 minutes for an unclassified one).
SELECT v.salesperson_id,
       p.code                                                          AS purpose_code,
       COUNT(*)                                                        AS visits,
       SUM(COALESCE(v.duration_minutes, p.default_minutes, 60)) / 60.0 AS hours
FROM visit v
LEFT JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
WHERE v.org_id = :org
  AND v.visit_date >= :from
  AND v.visit_date < :to
GROUP BY v.salesperson_id, p.code
