-- SPEC §5: how many days a funnel visit's next step may lie ahead, and the visit cadence in days
-- per customer tier, set per organisation (defaults 30; A 30, B 60, C 120).
ALTER TABLE organisation ADD COLUMN next_step_days INTEGER DEFAULT 30;
ALTER TABLE organisation ALTER COLUMN next_step_days SET NOT NULL;
ALTER TABLE organisation ADD COLUMN cadence_a_days INTEGER DEFAULT 30;
ALTER TABLE organisation ALTER COLUMN cadence_a_days SET NOT NULL;
ALTER TABLE organisation ADD COLUMN cadence_b_days INTEGER DEFAULT 60;
ALTER TABLE organisation ALTER COLUMN cadence_b_days SET NOT NULL;
ALTER TABLE organisation ADD COLUMN cadence_c_days INTEGER DEFAULT 120;
ALTER TABLE organisation ALTER COLUMN cadence_c_days SET NOT NULL;
