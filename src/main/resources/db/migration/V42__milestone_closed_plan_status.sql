-- A closed plan's commitment not done by the plan's last day has a final status of its own, 'closed'
-- (规划期结束时未完成), so it is never counted as 逾期. DuckDB cannot alter a CHECK constraint: the table
-- is rebuilt with the same columns in the same order, and its rows kept.
CREATE TABLE marts.milestone_status_v42 (
    run_id          VARCHAR NOT NULL,
    period_code     VARCHAR NOT NULL,
    target_code     VARCHAR NOT NULL,
    entity_type     VARCHAR NOT NULL CHECK (entity_type IN ('hospital', 'county', 'city', 'province')),
    entity_code     VARCHAR NOT NULL,
    responsible     VARCHAR NOT NULL,
    deliverable     VARCHAR NOT NULL,
    nature          VARCHAR NOT NULL,
    due_date        DATE,
    state           VARCHAR,
    state_date      DATE,
    evidence        VARCHAR,
    document        VARCHAR,
    status          VARCHAR NOT NULL CHECK (status IN ('overdue', 'no_data', 'on_schedule', 'done', 'closed')),
    days_overdue    INTEGER NOT NULL,
    status_text     VARCHAR NOT NULL,
    reported_period VARCHAR,
    PRIMARY KEY (period_code, target_code, entity_type, entity_code)
);
INSERT INTO marts.milestone_status_v42 SELECT * FROM marts.milestone_status;
DROP TABLE marts.milestone_status;
ALTER TABLE marts.milestone_status_v42 RENAME TO milestone_status;
