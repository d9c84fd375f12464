-- Next step (SPEC §5): each HELD visit with a FUNNEL purpose dated in [:from, :to) by the cut's
-- salespeople, and whether it has a next step: its customer has another visit (by anyone,
-- PLANNED or HELD) dated in (t, t + :nextStepDays] or a win event dated in [t, t + :nextStepDays].
-- This is the one look-ahead past :to, so those later visits and wins count after the window too.
SELECT v.id, v.salesperson_id, v.customer_id, c.name AS customer, v.visit_date, p.code AS purpose_code,
       CASE WHEN EXISTS (
                     SELECT 1 FROM visit n
                     WHERE n.org_id = v.org_id AND n.customer_id = v.customer_id
                       AND n.status IN ('PLANNED', 'HELD')
                       AND n.visit_date > v.visit_date
                       AND n.visit_date <= v.visit_date + CAST(:nextStepDays AS INTEGER))
              OR EXISTS (
                     SELECT 1 FROM win_event w
                     WHERE w.org_id = v.org_id AND w.customer_id = v.customer_id
                       AND w.event_date >= v.visit_date
                       AND w.event_date <= v.visit_date + CAST(:nextStepDays AS INTEGER))
            THEN 1 ELSE 0 END AS has_next_step
FROM visit v
JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
JOIN customer c ON c.org_id = v.org_id AND c.id = v.customer_id
WHERE v.org_id = :org
  AND v.salesperson_id IN (:salespeople)
  AND v.status = 'HELD'
  AND p.kind = 'FUNNEL'
  AND v.visit_date >= :from
  AND v.visit_date < :to
