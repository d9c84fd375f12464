-- The money of a cut's headline for a window (docs/metrics.md): order intake — orders dated in
-- the window booked by the cut's salespeople, or booked by no one for a customer one of them
-- owns; the deals they won and lost with close date in the window; and the open pipeline at the
-- window's end — their deals created before :to and not closed before it.
SELECT
    (SELECT COALESCE(SUM(o.amount), 0)
     FROM orders o
     LEFT JOIN customer c ON c.org_id = o.org_id AND c.id = o.customer_id
     WHERE o.org_id = :org AND o.order_date >= :from AND o.order_date < :to
       AND COALESCE(o.salesperson_id, c.owner_id) IN (:salespeople)) AS order_intake,
    (SELECT COALESCE(SUM(d.value), 0)
     FROM deal d
     WHERE d.org_id = :org AND d.owner_id IN (:salespeople) AND d.status = 'WON'
       AND d.close_date >= :from AND d.close_date < :to) AS won_value,
    (SELECT COUNT(*)
     FROM deal d
     WHERE d.org_id = :org AND d.owner_id IN (:salespeople) AND d.status = 'WON'
       AND d.close_date >= :from AND d.close_date < :to) AS won,
    (SELECT COUNT(*)
     FROM deal d
     WHERE d.org_id = :org AND d.owner_id IN (:salespeople) AND d.status = 'LOST'
       AND d.close_date >= :from AND d.close_date < :to) AS lost,
    (SELECT COALESCE(SUM(d.value), 0)
     FROM deal d
     WHERE d.org_id = :org AND d.owner_id IN (:salespeople) AND d.created_date < :to
       AND (d.status = 'OPEN' OR d.close_date >= :to)) AS pipeline
