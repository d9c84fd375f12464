-- PostgreSQL only. Found with the analytics benchmark (docs/benchmarks.md): without these a
-- salesperson's attainment, activity and loops scanned every visit of the organisation.
CREATE INDEX visit_by_salesperson_purpose ON visit (org_id, salesperson_id, purpose_id, visit_date);
CREATE INDEX target_by_salesperson ON target (org_id, salesperson_id, period_start);
CREATE INDEX orders_by_date ON orders (org_id, order_date);
CREATE INDEX deal_by_close ON deal (org_id, close_date);
