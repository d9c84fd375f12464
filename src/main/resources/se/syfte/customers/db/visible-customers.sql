-- The customers the reader may see, by name: those a salesperson in their scope owns, has
-- visited, owns a deal with or booked an order from; an administrator (:everything) sees every customer
-- of the organisation. With each its tier and owner. :customer narrows to one id; -1 lists them all.
SELECT c.id, c.name, c.org_number, c.segment, c.industry, c.tier, owner.name AS owner
FROM customer c
LEFT JOIN salesperson owner ON owner.org_id = c.org_id AND owner.id = c.owner_id
WHERE c.org_id = :org
  AND (:customer = -1 OR c.id = :customer)
  AND (:everything
       OR c.owner_id IN (:salespeople)
       OR EXISTS (SELECT 1 FROM visit v WHERE v.org_id = c.org_id AND v.customer_id = c.id
                  AND v.salesperson_id IN (:salespeople))
       OR EXISTS (SELECT 1 FROM deal d WHERE d.org_id = c.org_id AND d.customer_id = c.id
                  AND d.owner_id IN (:salespeople))
       OR EXISTS (SELECT 1 FROM orders o WHERE o.org_id = c.org_id AND o.customer_id = c.id
                  AND o.salesperson_id IN (:salespeople)))
ORDER BY c.name, c.id
