-- Order intake per day of every customer the chosen salespeople visited before :to: the
-- cohort diagram sums it from each customer's first journey in a cohort onward.
SELECT o.customer_id, o.order_date, SUM(o.amount) AS amount
FROM orders o
WHERE o.org_id = :org
  AND o.order_date < :to
  AND o.customer_id IN (
      SELECT v.customer_id FROM visit v
      WHERE v.org_id = :org AND v.status = 'HELD' AND v.salesperson_id IN (:salespeople) AND v.visit_date < :to)
GROUP BY o.customer_id, o.order_date
