ALTER TABLE visit ADD CONSTRAINT visit_status_known CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED', 'NO_SHOW'));
