-- SPEC §3: a customer's win events are its orders with an amount above zero (on the order's
-- date) and its deals won (on the close date). One view, so every figure reads them alike.
CREATE VIEW win_event AS
SELECT o.org_id, o.customer_id, o.order_date AS event_date
FROM orders o
WHERE o.amount > 0
UNION ALL
SELECT d.org_id, d.customer_id, d.close_date AS event_date
FROM deal d
WHERE d.status = 'WON';
