-- One customer's visits by the salespeople the reader may see, newest first.
SELECT v.visit_date,
       s.name AS salesperson,
       p.code AS purpose_code,
       COALESCE(v.duration_minutes, p.default_minutes, :defaultMinutes) / 60.0 AS hours,
       v.channel,
       v.note
FROM visit v
JOIN salesperson s ON s.org_id = v.org_id AND s.id = v.salesperson_id
LEFT JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
WHERE v.org_id = :org AND v.status = 'HELD'
  AND v.customer_id = :customer
  AND v.salesperson_id IN (:salespeople)
ORDER BY v.visit_date DESC, v.id DESC
