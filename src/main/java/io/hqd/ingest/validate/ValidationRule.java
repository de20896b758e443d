package io.hqd.ingest.validate;

import java.util.List;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;

/** One check, stated once: its stored id, Chinese name, severity, what it finds and what to do about it. */
public interface ValidationRule {
    String id();

    Severity severity();

    /** The rule's name in Chinese, as receipts and the docs show it. */
    String label();

    /** What the reporter should do about a finding of this rule. */
    String todo();

    void check(Submission s, ValidationContext ctx, List<Finding> out);
}
