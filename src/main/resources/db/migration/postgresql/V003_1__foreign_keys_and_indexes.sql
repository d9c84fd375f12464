-- PostgreSQL only. Foreign keys cannot live in the shared migrations (see V001), and
-- DuckDB answers the analytics from its column store and zone maps, where B-tree-like
-- indexes only slow the bulk loads; PostgreSQL needs them for the same queries.

ALTER TABLE team ADD FOREIGN KEY (org_id) REFERENCES organisation (id);
ALTER TABLE salesperson ADD FOREIGN KEY (org_id, team_id) REFERENCES team (org_id, id);
ALTER TABLE app_user ADD FOREIGN KEY (org_id, salesperson_id) REFERENCES salesperson (org_id, id);
ALTER TABLE user_team ADD FOREIGN KEY (org_id, user_id) REFERENCES app_user (org_id, id);
ALTER TABLE user_team ADD FOREIGN KEY (org_id, team_id) REFERENCES team (org_id, id);
ALTER TABLE customer ADD FOREIGN KEY (org_id) REFERENCES organisation (id);
ALTER TABLE purpose ADD FOREIGN KEY (org_id) REFERENCES organisation (id);
ALTER TABLE purpose_keyword ADD FOREIGN KEY (org_id, purpose_id) REFERENCES purpose (org_id, id);
ALTER TABLE visit ADD FOREIGN KEY (org_id, salesperson_id) REFERENCES salesperson (org_id, id);
ALTER TABLE visit ADD FOREIGN KEY (org_id, customer_id) REFERENCES customer (org_id, id);
ALTER TABLE visit ADD FOREIGN KEY (org_id, purpose_id) REFERENCES purpose (org_id, id);
ALTER TABLE visit ADD FOREIGN KEY (org_id, deal_id) REFERENCES deal (org_id, id);
ALTER TABLE deal ADD FOREIGN KEY (org_id, customer_id) REFERENCES customer (org_id, id);
ALTER TABLE deal ADD FOREIGN KEY (org_id, owner_id) REFERENCES salesperson (org_id, id);
ALTER TABLE orders ADD FOREIGN KEY (org_id, customer_id) REFERENCES customer (org_id, id);
ALTER TABLE orders ADD FOREIGN KEY (org_id, salesperson_id) REFERENCES salesperson (org_id, id);
ALTER TABLE target ADD FOREIGN KEY (org_id, salesperson_id) REFERENCES salesperson (org_id, id);
ALTER TABLE target ADD FOREIGN KEY (org_id, team_id) REFERENCES team (org_id, id);
ALTER TABLE target ADD FOREIGN KEY (org_id, purpose_id) REFERENCES purpose (org_id, id);

-- Journeys walk visits by (salesperson, customer, date); team figures scan by date.
CREATE INDEX visit_by_pair ON visit (org_id, salesperson_id, customer_id, visit_date);
CREATE INDEX visit_by_customer ON visit (org_id, customer_id, visit_date);
CREATE INDEX visit_by_date ON visit (org_id, visit_date);
CREATE INDEX deal_by_customer ON deal (org_id, customer_id, close_date);
CREATE INDEX deal_by_owner ON deal (org_id, owner_id, close_date);
CREATE INDEX orders_by_customer ON orders (org_id, customer_id, order_date);
CREATE INDEX target_by_period ON target (org_id, period_start);
CREATE INDEX customer_by_name ON customer (org_id, name);
