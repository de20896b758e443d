package io.hqd.ingest.validate;

import java.util.List;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;

/** One check, stated once: its stored id, its severity and what it finds. */
public interface ValidationRule {
    String id();

    Severity severity();

    void check(Submission s, ValidationContext ctx, List<Finding> out);
}
