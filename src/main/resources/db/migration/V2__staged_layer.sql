-- STAGED layer: reference data and validated submissions, typed and keyed.
CREATE SCHEMA IF NOT EXISTS staged;

-- Org-unit hierarchy (DHIS2 style): province > city > county/district.
CREATE TABLE staged.region (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    level       VARCHAR NOT NULL CHECK (level IN ('province', 'city', 'county')),
    parent_code VARCHAR
);

CREATE TABLE staged.hospital (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    region_code VARCHAR NOT NULL
);

-- The attributes plans target by, with validity, so history evaluates under the tier a hospital had then.
CREATE TABLE staged.hospital_attribute (
    hospital_code VARCHAR NOT NULL,
    valid_from    DATE NOT NULL,
    valid_to      DATE,                 -- exclusive; NULL = still valid
    tier          VARCHAR NOT NULL,     -- 三级 / 二级 / 一级
    grade         VARCHAR NOT NULL,     -- 甲 / 乙 / 未定
    type          VARCHAR NOT NULL,     -- 综合 / 中医 / 专科 / 妇幼
    ownership     VARCHAR NOT NULL,     -- 公立 / 民营
    admin_level   VARCHAR NOT NULL,     -- 省 / 市 / 县
    PRIMARY KEY (hospital_code, valid_from)
);

-- Data elements and indicators (numerator/denominator), versioned by validity years.
CREATE TABLE staged.indicator (
    code               VARCHAR NOT NULL,
    version            VARCHAR NOT NULL,
    kind               VARCHAR NOT NULL CHECK (kind IN ('element', 'indicator')),
    name               VARCHAR NOT NULL,
    aliases            VARCHAR,
    unit               VARCHAR,
    level              VARCHAR NOT NULL,
    numerator          VARCHAR,
    denominator        VARCHAR,
    scale              DOUBLE,
    direction          VARCHAR,
    aggregation        VARCHAR,
    period_aggregation VARCHAR,
    decimals           INTEGER,
    framework          VARCHAR,
    valid_from         INTEGER,
    valid_to           INTEGER,
    national_monitor   BOOLEAN,
    definition         VARCHAR,
    PRIMARY KEY (code, version)
);

CREATE TABLE staged.plan (
    plan_code         VARCHAR PRIMARY KEY,
    title             VARCHAR NOT NULL,
    issuer            VARCHAR,
    doc_number        VARCHAR,
    jurisdiction_code VARCHAR NOT NULL,
    issued_on         DATE,
    start_year        INTEGER,
    end_year          INTEGER,
    source_file       VARCHAR
);

CREATE TABLE staged.target (
    target_code       VARCHAR PRIMARY KEY,
    plan_code         VARCHAR NOT NULL,
    indicator         VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,
    scope_region      VARCHAR,
    scope_tier        VARCHAR,
    scope_grade       VARCHAR,
    scope_type        VARCHAR,
    scope_ownership   VARCHAR,
    scope_admin_level VARCHAR,
    scope_hospitals   VARCHAR,
    evaluate_at       VARCHAR NOT NULL,
    condition_op      VARCHAR,
    condition_value   DOUBLE,
    op                VARCHAR,
    value             DOUBLE,
    value_high        DOUBLE,
    tolerance         DOUBLE,
    deadline          DATE,
    baseline_year     INTEGER,
    baseline_value    DOUBLE,
    target_year       INTEGER,
    nature            VARCHAR,
    clause            VARCHAR,
    quote             VARCHAR,
    reading           VARCHAR
);

-- Reporting periods: quarters. A locked period only changes through a new, labelled version.
CREATE TABLE staged.period (
    period_code VARCHAR PRIMARY KEY,       -- e.g. 2025Q3
    year        INTEGER NOT NULL,
    quarter     INTEGER NOT NULL,
    start_date  DATE NOT NULL,
    end_date    DATE NOT NULL,
    due_date    DATE NOT NULL,
    locked_at   TIMESTAMP,
    locked_by   VARCHAR
);

-- One row per parsed submission (hospital or region report for one period).
CREATE TABLE staged.submission (
    submission_id   VARCHAR PRIMARY KEY,     -- sha256 of the file (one submission per file)
    reporter_type   VARCHAR NOT NULL CHECK (reporter_type IN ('hospital', 'region')),
    reporter_code   VARCHAR NOT NULL,
    period_code     VARCHAR NOT NULL,
    original_name   VARCHAR NOT NULL,
    received_at     TIMESTAMP NOT NULL,
    status          VARCHAR NOT NULL CHECK (status IN ('accepted', 'partial', 'rejected')),
    late            BOOLEAN NOT NULL,
    template_version VARCHAR,
    supersedes      VARCHAR,                 -- submission this one replaces
    superseded_by   VARCHAR,                 -- set when a later submission replaces this one
    after_lock      BOOLEAN NOT NULL DEFAULT false,
    run_id          VARCHAR
);

-- Validated values with lineage back to file, sheet and cell.
CREATE TABLE staged.submission_value (
    submission_id VARCHAR NOT NULL,
    element_code  VARCHAR NOT NULL,
    value         DOUBLE NOT NULL,
    sheet         VARCHAR NOT NULL,
    cell          VARCHAR NOT NULL,
    PRIMARY KEY (submission_id, element_code)
);

-- Validation findings; errors block the value, warnings are loaded and reported.
CREATE TABLE staged.finding (
    sha256        VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,
    original_name VARCHAR NOT NULL,
    sheet         VARCHAR,
    cell          VARCHAR,
    rule          VARCHAR NOT NULL,
    severity      VARCHAR NOT NULL CHECK (severity IN ('error', 'warning')),
    message       VARCHAR NOT NULL,
    value_seen    VARCHAR,
    PRIMARY KEY (sha256, seq)
);

-- A statistician's acceptance of a warning: once accepted, it is not raised again.
CREATE TABLE staged.accepted_warning (
    reporter_code VARCHAR NOT NULL,
    period_code   VARCHAR NOT NULL,
    element_code  VARCHAR NOT NULL,
    rule          VARCHAR NOT NULL,
    reason        VARCHAR NOT NULL,
    accepted_by   VARCHAR NOT NULL,
    accepted_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (reporter_code, period_code, element_code, rule)
);
