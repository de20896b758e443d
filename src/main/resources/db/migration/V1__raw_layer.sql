-- RAW layer: what arrived, exactly as it arrived. Never updated, only appended.
CREATE SCHEMA IF NOT EXISTS raw;

-- One row per distinct file content (sha256). The archive keeps the bytes under this hash.
CREATE TABLE raw.received_file (
    sha256          VARCHAR PRIMARY KEY,
    original_name   VARCHAR NOT NULL,
    size_bytes      BIGINT  NOT NULL,
    received_at     TIMESTAMP NOT NULL,
    source_folder   VARCHAR,
    archive_path    VARCHAR NOT NULL
);

-- Every time a file is seen (the same bytes may arrive twice under different names).
CREATE TABLE raw.file_arrival (
    arrival_id      BIGINT PRIMARY KEY,
    sha256          VARCHAR NOT NULL,
    original_name   VARCHAR NOT NULL,
    seen_at         TIMESTAMP NOT NULL,
    run_id          VARCHAR,
    duplicate       BOOLEAN NOT NULL
);

-- Every cell value read from a submission, before validation, with its location.
CREATE TABLE raw.cell_value (
    sha256          VARCHAR NOT NULL,
    sheet           VARCHAR NOT NULL,
    cell            VARCHAR NOT NULL,
    element_code    VARCHAR NOT NULL,
    hospital_code   VARCHAR,
    raw_text        VARCHAR,
    PRIMARY KEY (sha256, sheet, cell)
);
