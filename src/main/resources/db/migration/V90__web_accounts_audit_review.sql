-- The web side (hqd serve): accounts, the audit trail, uploads, review and run requests.

-- One sign-in per person. The role decides the pages; org_code is the hospital (role hospital),
-- the county (role county) or the city (role city) the account speaks for.
CREATE TABLE ops.account (
    username      VARCHAR PRIMARY KEY,
    display_name  VARCHAR NOT NULL,
    password_hash VARCHAR NOT NULL,          -- BCrypt
    role          VARCHAR NOT NULL CHECK (role IN ('hospital', 'county', 'city', 'viewer', 'admin')),
    org_code      VARCHAR,
    enabled       BOOLEAN NOT NULL DEFAULT true,
    created_at    TIMESTAMP NOT NULL
);

-- Every action taken through the web (sign-in, upload, approve, return, accept, rerun, download).
CREATE SEQUENCE ops.audit_seq START 1;
CREATE TABLE ops.audit_event (
    event_id   BIGINT PRIMARY KEY DEFAULT nextval('ops.audit_seq'),
    event_at   TIMESTAMP NOT NULL,
    username   VARCHAR NOT NULL,
    action     VARCHAR NOT NULL,
    target     VARCHAR,
    detail     VARCHAR,
    remote     VARCHAR
);

-- A file uploaded through the portal, tied to the account's hospital: who may see its receipt.
CREATE TABLE ops.upload (
    sha256        VARCHAR NOT NULL,
    org_code      VARCHAR NOT NULL,
    username      VARCHAR NOT NULL,
    original_name VARCHAR NOT NULL,
    uploaded_at   TIMESTAMP NOT NULL,
    run_name      VARCHAR NOT NULL,
    PRIMARY KEY (sha256, org_code)
);

-- A county returning one submission to its hospital with a comment (DHIS2's "unapprove/return").
CREATE TABLE ops.submission_return (
    submission_id VARCHAR PRIMARY KEY,
    returned_by   VARCHAR NOT NULL,
    returned_at   TIMESTAMP NOT NULL,
    comment       VARCHAR NOT NULL
);

-- A county's approval of its hospitals' set for one period.
CREATE TABLE ops.approval (
    region_code  VARCHAR NOT NULL,
    period_code  VARCHAR NOT NULL,
    approved_by  VARCHAR NOT NULL,
    approved_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (region_code, period_code)
);

-- Who asked for a run from the browser or the schedule; joined to ops.run by run name.
CREATE TABLE ops.run_request (
    run_name     VARCHAR PRIMARY KEY,
    job          VARCHAR NOT NULL,
    period_code  VARCHAR,
    scope        VARCHAR,
    requested_by VARCHAR NOT NULL,
    requested_at TIMESTAMP NOT NULL
);
