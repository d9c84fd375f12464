-- Days from creation to close of each deal won in the window, per owner (for the median cycle).
SELECT d.owner_id AS salesperson_id, d.close_date - d.created_date AS days
FROM deal d
WHERE d.org_id = :org
  AND d.owner_id IN (:salespeople)
  AND d.status = 'WON'
  AND d.close_date >= :from
  AND d.close_date < :to
