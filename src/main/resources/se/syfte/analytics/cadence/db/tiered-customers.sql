-- Cadence (SPEC §5): the tiered customers of the cut — those its salespeople own, and those
-- nobody owns that its salespeople have visited — each with its latest HELD visit (by anyone)
-- dated on or before :asOf and its tier's cadence in days, the organisation's setting.
SELECT c.id, c.name, c.tier, c.owner_id,
       (SELECT MAX(v.visit_date) FROM visit v
        WHERE v.org_id = c.org_id AND v.customer_id = c.id AND v.status = 'HELD' AND v.visit_date <= :asOf
       ) AS last_visit,
       CASE c.tier WHEN 'A' THEN o.cadence_a_days WHEN 'B' THEN o.cadence_b_days ELSE o.cadence_c_days END
           AS cadence_days
FROM customer c
JOIN organisation o ON o.id = c.org_id
WHERE c.org_id = :org
  AND c.tier IS NOT NULL
  AND (c.owner_id IN (:salespeople)
       OR (c.owner_id IS NULL
           AND EXISTS (SELECT 1 FROM visit u
                       WHERE u.org_id = c.org_id AND u.customer_id = c.id AND u.status = 'HELD'
                         AND u.visit_date <= :asOf AND u.salesperson_id IN (:salespeople))))
