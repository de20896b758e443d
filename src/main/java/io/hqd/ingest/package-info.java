/**
 * Ingest: from a hospital's Excel file to validated values with lineage.
 *
 * <p>Per file, in path order ({@link io.hqd.ingest.load.InboxIngest}): size cap, sha256 and a
 * content-addressed archive copy (all before parsing); the same bytes again are recognised and only
 * their arrival is recorded; the workbook is opened safely ({@link io.hqd.ingest.read.WorkbookOpener}:
 * type by content, zip-bomb and dimension limits, no DTDs, encrypted files refused, macros never run),
 * read ({@link io.hqd.ingest.read.WorkbookReader}: hqd's template by 指标代码, other layouts by header
 * text and catalog aliases), validated ({@link io.hqd.ingest.validate.Validator}: one class per rule),
 * and stored in ONE warehouse transaction ({@link io.hqd.ingest.load.SubmissionStore}); then receipts.
 *
 * <p>Semantics: an ERROR on a value drops that value (status partial); an ERROR on the file (reporter
 * or period unknown, unreadable file, nothing loadable) rejects it; WARNINGs load and are reported
 * unless accepted ({@code hqd accept-warning}). A newer non-rejected file for the same reporter and
 * period supersedes the in-force one (both stay; an older file arriving late does not replace a newer
 * one). A file for a locked period is kept as an after-lock version awaiting review and is not in
 * force ({@code marts.current_value} and {@code marts.completeness}, migration V10). Late = received
 * (the file's last-modified time) after the period's due date. A county-consolidated file yields one
 * submission per hospital row, identified {@code <sha256>/<hospital>}.
 */
package io.hqd.ingest;
