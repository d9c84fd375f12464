-- Held rate (SPEC §5) per salesperson and purpose: the planned visits dated in [:from, :to) and
-- before :today by what became of them (a planned visit still PLANNED is unconfirmed), and the
-- HELD visits of the window that were never planned. Unlike the figures of SPEC §3 this reads
-- visits of every status.
SELECT v.salesperson_id,
       p.code AS purpose_code,
       SUM(CASE WHEN v.planned AND v.visit_date < :today AND v.status = 'HELD' THEN 1 ELSE 0 END) AS held,
       SUM(CASE WHEN v.planned AND v.visit_date < :today AND v.status = 'CANCELLED' THEN 1 ELSE 0 END) AS cancelled,
       SUM(CASE WHEN v.planned AND v.visit_date < :today AND v.status = 'NO_SHOW' THEN 1 ELSE 0 END) AS no_show,
       SUM(CASE WHEN v.planned AND v.visit_date < :today AND v.status = 'PLANNED' THEN 1 ELSE 0 END) AS unconfirmed,
       SUM(CASE WHEN NOT v.planned AND v.status = 'HELD' THEN 1 ELSE 0 END) AS unplanned_held
FROM visit v
LEFT JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
WHERE v.org_id = :org
  AND v.salesperson_id IN (:salespeople)
  AND v.visit_date >= :from
  AND v.visit_date < :to
GROUP BY 1, 2
HAVING SUM(CASE WHEN v.planned AND v.visit_date < :today THEN 1 ELSE 0 END) > 0
    OR SUM(CASE WHEN NOT v.planned AND v.status = 'HELD' THEN 1 ELSE 0 END) > 0
