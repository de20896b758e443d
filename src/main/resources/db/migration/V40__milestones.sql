-- Qualitative commitments (catalog kind 'milestone'): the states units report, and their judged status.

-- One reported state per submission and commitment, from the template's 规划任务 sheet.
CREATE TABLE staged.milestone_report (
    submission_id VARCHAR NOT NULL,
    target_code   VARCHAR NOT NULL,
    state         VARCHAR NOT NULL CHECK (state IN ('not_started', 'in_progress', 'done')),
    state_date    DATE,
    evidence      VARCHAR,
    document      VARCHAR,
    sheet         VARCHAR NOT NULL,
    cell          VARCHAR NOT NULL,
    PRIMARY KEY (submission_id, target_code)
);

-- The reports in force: from submissions that are neither rejected nor superseded (as marts.current_value).
CREATE VIEW marts.current_milestone_report AS
SELECT s.reporter_type, s.reporter_code, s.period_code, m.target_code, m.state, m.state_date, m.evidence,
       m.document, s.submission_id, s.original_name, m.sheet, m.cell
FROM staged.submission s
JOIN staged.milestone_report m ON m.submission_id = s.submission_id
WHERE s.status <> 'rejected' AND s.superseded_by IS NULL;

-- One row per commitment x responsible unit x period, written by the evaluate job; most overdue first on paper.
CREATE TABLE marts.milestone_status (
    run_id        VARCHAR NOT NULL,
    period_code   VARCHAR NOT NULL,
    target_code   VARCHAR NOT NULL,
    entity_type   VARCHAR NOT NULL CHECK (entity_type IN ('hospital', 'county', 'city', 'province')),
    entity_code   VARCHAR NOT NULL,
    responsible   VARCHAR NOT NULL,
    deliverable   VARCHAR NOT NULL,
    nature        VARCHAR NOT NULL,
    due_date      DATE,
    state         VARCHAR,
    state_date    DATE,
    evidence      VARCHAR,
    document      VARCHAR,
    status        VARCHAR NOT NULL CHECK (status IN ('overdue', 'no_data', 'on_schedule', 'done')),
    days_overdue  INTEGER NOT NULL,
    status_text   VARCHAR NOT NULL,
    PRIMARY KEY (period_code, target_code, entity_type, entity_code)
);
