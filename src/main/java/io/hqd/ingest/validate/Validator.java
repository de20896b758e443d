package io.hqd.ingest.validate;

import java.util.ArrayList;
import java.util.List;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;

/** Runs every rule over a submission; warnings a statistician has accepted are not raised again. */
public final class Validator {
    public static final List<ValidationRule> RULES = List.of(new ReporterRule(), new PeriodRule(), new RangeRule(),
            new RequiredRule(), new IdentityRule(), new MoneyScaleRule(), new JumpRule());

    private Validator() {
    }

    public static List<Finding> validate(Submission s, ValidationContext ctx) {
        List<Finding> found = new ArrayList<>();
        for (ValidationRule rule : RULES) {
            if (rule instanceof PeriodRule || rule instanceof ReporterRule || s.periodCode() != null && ctx.periods().containsKey(s.periodCode())) {
                rule.check(s, ctx, found);
            }
        }
        return found.stream().filter(f -> f.severity() != Severity.WARNING || f.element() == null
                || !ctx.isAccepted(s.reporterCode(), s.periodCode(), f.element(), f.rule())).toList();
    }
}
