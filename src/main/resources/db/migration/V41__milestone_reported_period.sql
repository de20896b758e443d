-- The period whose report a milestone status rests on (a 已完成 reported in an earlier quarter keeps that
-- quarter); NULL when the unit never reported. Printed beside the state on a hospital's own report.
ALTER TABLE marts.milestone_status ADD COLUMN reported_period VARCHAR;
