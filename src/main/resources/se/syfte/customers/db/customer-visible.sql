-- The customer, when a salesperson the reader may see has visited it, owns a deal with it or
-- booked an order from it; an administrator (:everything) sees every customer of the organisation.
SELECT c.name
FROM customer c
WHERE c.org_id = :org
  AND c.id = :customer
  AND (:everything
       OR EXISTS (SELECT 1 FROM visit v WHERE v.org_id = c.org_id AND v.customer_id = c.id
                  AND v.salesperson_id IN (:salespeople))
       OR EXISTS (SELECT 1 FROM deal d WHERE d.org_id = c.org_id AND d.customer_id = c.id
                  AND d.owner_id IN (:salespeople))
       OR EXISTS (SELECT 1 FROM orders o WHERE o.org_id = c.org_id AND o.customer_id = c.id
                  AND o.salesperson_id IN (:salespeople)))
