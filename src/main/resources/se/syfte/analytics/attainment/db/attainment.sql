-- Targets whose period starts in the window, for the chosen salespeople or their teams, with the
-- visits made with the target's purpose in the period (up to :to, after which nothing counts):
-- a salesperson's own, or for a team target its visible members' together.
WITH target_period AS (
    SELECT t.id, t.salesperson_id, t.team_id, t.purpose_id, t.period, t.period_start, t.target_count,
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
),
target_member AS (
    SELECT t.id AS target_id, t.salesperson_id AS member_id
    FROM target_period t
    WHERE t.salesperson_id IS NOT NULL
    UNION ALL
    SELECT t.id, s.id
    FROM target_period t
    JOIN salesperson s ON s.org_id = :org AND s.team_id = t.team_id
    WHERE t.team_id IS NOT NULL AND s.id IN (:salespeople)
),
actual AS (
    SELECT m.target_id, COUNT(*) AS visits
    FROM target_member m
    JOIN target_period t ON t.id = m.target_id
    JOIN visit v ON v.salesperson_id = m.member_id AND v.purpose_id = t.purpose_id
    WHERE v.org_id = :org AND v.status = 'HELD'
      AND v.visit_date >= t.period_start
      AND v.visit_date < t.period_end
      AND v.visit_date < :to
    GROUP BY m.target_id
)
SELECT t.salesperson_id,
       t.team_id,
       p.code AS purpose_code,
       t.period,
       t.period_start,
       t.target_count,
       COALESCE(a.visits, 0) AS actual
FROM target_period t
JOIN purpose p ON p.org_id = :org AND p.id = t.purpose_id
LEFT JOIN actual a ON a.target_id = t.id
