-- One customer's orders booked by the salespeople the reader may see (or by no one), newest first.
SELECT o.order_date,
       s.name AS salesperson,
       o.amount
FROM orders o
LEFT JOIN salesperson s ON s.org_id = o.org_id AND s.id = o.salesperson_id
WHERE o.org_id = :org
  AND o.customer_id = :customer
  AND (o.salesperson_id IN (:salespeople) OR o.salesperson_id IS NULL)
ORDER BY o.order_date DESC, o.id DESC
