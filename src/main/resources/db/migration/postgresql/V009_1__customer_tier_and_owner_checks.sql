ALTER TABLE customer ADD CONSTRAINT customer_tier_known CHECK (tier IN ('A', 'B', 'C'));
ALTER TABLE customer ADD FOREIGN KEY (org_id, owner_id) REFERENCES salesperson (org_id, id);
CREATE INDEX customer_by_owner ON customer (org_id, owner_id);
