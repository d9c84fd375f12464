-- A visit's salesperson, customer, purpose and deal were checked by foreign keys, one trigger per
-- row and key: 23 of the 44 seconds an import of 1,000,000 visits spent in its insert (measured
-- 2026-12-03, docs/benchmarks.md). The import checks them once per import instead (the references
-- section of visit-merge.sql), the services check them for each visit they write, and nothing in
-- Syfte deletes a salesperson, customer, purpose or deal — as on DuckDB, which has no foreign keys.
ALTER TABLE visit DROP CONSTRAINT visit_org_id_salesperson_id_fkey;
ALTER TABLE visit DROP CONSTRAINT visit_org_id_customer_id_fkey;
ALTER TABLE visit DROP CONSTRAINT visit_org_id_purpose_id_fkey;
ALTER TABLE visit DROP CONSTRAINT visit_org_id_deal_id_fkey;
