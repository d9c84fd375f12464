-- Deals closed in the window per owner: won and lost, in number and in value.
SELECT d.owner_id AS salesperson_id,
       SUM(CASE WHEN d.status = 'WON' THEN 1 ELSE 0 END) AS won,
       SUM(CASE WHEN d.status = 'LOST' THEN 1 ELSE 0 END) AS lost,
       SUM(CASE WHEN d.status = 'WON' THEN d.value ELSE 0 END) AS won_value,
       SUM(CASE WHEN d.status = 'LOST' THEN d.value ELSE 0 END) AS lost_value
FROM deal d
WHERE d.org_id = :org
  AND d.owner_id IN (:salespeople)
  AND d.status IN ('WON', 'LOST')
  AND d.close_date >= :from
  AND d.close_date < :to
GROUP BY d.owner_id
