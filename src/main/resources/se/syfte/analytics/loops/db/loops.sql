-- Loops (SPEC §3): at least :threshold visits in the window with one funnel purpose to one
-- customer — per salesperson, or for the team when :team — and from the first of them to the
-- window's end no visit with a higher step by anyone and no win event. Hours are the
-- salesperson's (team's) hours at the customer from that first visit to the window's end.
WITH candidate AS (
    SELECT CASE WHEN :team THEN NULL ELSE v.salesperson_id END AS salesperson_id,
           v.customer_id,
           v.purpose_id,
           COUNT(*) AS visits,
           MIN(v.visit_date) AS first_visit,
           MAX(v.visit_date) AS last_visit
    FROM visit v
    JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
    WHERE v.org_id = :org AND v.status = 'HELD'
      AND p.kind = 'FUNNEL'
      AND v.salesperson_id IN (:salespeople)
      AND v.visit_date >= :from
      AND v.visit_date < :to
    GROUP BY 1, 2, 3
    HAVING COUNT(*) >= :threshold
)
SELECT c.customer_id,
       cu.name AS customer,
       c.salesperson_id,
       p.code AS purpose_code,
       c.visits,
       c.first_visit,
       c.last_visit,
       (SELECT SUM(COALESCE(h.duration_minutes, hp.default_minutes, :defaultMinutes)) / 60.0
        FROM visit h
        LEFT JOIN purpose hp ON hp.org_id = h.org_id AND hp.id = h.purpose_id
        WHERE h.org_id = :org AND h.status = 'HELD'
          AND h.customer_id = c.customer_id
          AND h.salesperson_id IN (:salespeople)
          AND (c.salesperson_id IS NULL OR h.salesperson_id = c.salesperson_id)
          AND h.visit_date >= c.first_visit
          AND h.visit_date < :to) AS hours
FROM candidate c
JOIN purpose p ON p.org_id = :org AND p.id = c.purpose_id
JOIN customer cu ON cu.org_id = :org AND cu.id = c.customer_id
WHERE NOT EXISTS (
        SELECT 1
        FROM visit x
        JOIN purpose xp ON xp.org_id = x.org_id AND xp.id = x.purpose_id
        WHERE x.org_id = :org AND x.status = 'HELD'
          AND x.customer_id = c.customer_id
          AND xp.kind = 'FUNNEL'
          AND xp.step > p.step
          AND x.visit_date >= c.first_visit
          AND x.visit_date < :to)
  AND NOT EXISTS (
        SELECT 1 FROM win_event w
        WHERE w.org_id = :org AND w.customer_id = c.customer_id
          AND w.event_date >= c.first_visit AND w.event_date < :to)
