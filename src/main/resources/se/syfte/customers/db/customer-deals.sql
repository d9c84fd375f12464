-- One customer's deals owned by the salespeople the reader may see (or by no one), newest first.
SELECT d.title,
       s.name AS owner,
       d.created_date,
       d.stage,
       d.status,
       d.value,
       d.close_date
FROM deal d
LEFT JOIN salesperson s ON s.org_id = d.org_id AND s.id = d.owner_id
WHERE d.org_id = :org
  AND d.customer_id = :customer
  AND (d.owner_id IN (:salespeople) OR d.owner_id IS NULL)
ORDER BY d.created_date DESC, d.id DESC
