-- Targets whose period starts in the window, for the chosen salespeople or their teams, with the
-- visits made with the target's purpose in the period (up to :to, after which nothing counts).
WITH target_period AS (
    SELECT t.*,
           CASE t.period
               WHEN 'WEEK' THEN t.period_start + 7
               WHEN 'MONTH' THEN CAST(t.period_start + INTERVAL '1 month' AS DATE)
               WHEN 'QUARTER' THEN CAST(t.period_start + INTERVAL '3 months' AS DATE)
               ELSE CAST(t.period_start + INTERVAL '1 year' AS DATE)
           END AS period_end
    FROM target t
    WHERE t.org_id = :org
      AND t.period_start >= :from
      AND t.period_start < :to
      AND (t.salesperson_id IN (:salespeople)
           OR t.team_id IN (SELECT s.team_id FROM salesperson s WHERE s.org_id = :org AND s.id IN (:salespeople)))
)
SELECT t.salesperson_id,
       t.team_id,
       p.code AS purpose_code,
       t.period,
       t.period_start,
       t.target_count,
       (SELECT COUNT(*)
        FROM visit v
        WHERE v.org_id = :org
          AND v.purpose_id = t.purpose_id
          AND v.visit_date >= t.period_start
          AND v.visit_date < t.period_end
          AND v.visit_date < :to
          AND v.salesperson_id IN (:salespeople)
          AND (v.salesperson_id = t.salesperson_id
               OR v.salesperson_id IN (SELECT s.id FROM salesperson s WHERE s.org_id = :org AND s.team_id = t.team_id))
       ) AS actual
FROM target_period t
JOIN purpose p ON p.org_id = :org AND p.id = t.purpose_id
