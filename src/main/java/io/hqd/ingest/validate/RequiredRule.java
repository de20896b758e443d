package io.hqd.ingest.validate;

import java.util.List;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.NumberText;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.template.ReporterType;

/** A hospital report must carry the core elements every headline indicator is computed from. */
public final class RequiredRule implements ValidationRule {
    public static final List<String> CORE = List.of("discharges", "surgery_ops", "surgery_mis_ops",
            "surgery_grade4_ops", "daysurgery_ops", "elective_ops", "drg_weight_total", "drg_cases",
            "bed_days_discharged", "cp_discharges");

    @Override public String id() { return "required"; }
    @Override public String label() { return "必填指标未填写"; }
    @Override public String todo() { return "填写全部必填指标"; }
    @Override public Severity severity() { return Severity.ERROR; }

    @Override
    public void check(Submission s, ValidationContext ctx, List<Finding> out) {
        if (s.type() != ReporterType.HOSPITAL) {
            return;
        }
        var elements = ctx.elements(s);
        for (String code : CORE) {
            if (s.value(code) != null) {
                continue;
            }
            ReadCell blank = s.cells().stream().filter(c -> c.element().equals(code)).findFirst().orElse(null);
            Indicator e = elements.get(code);
            if (blank != null && !(NumberText.parse(blank.rawText(), e) instanceof NumberText.Missing)) {
                continue; // present but unreadable: the reader has said why
            }
            String name = e == null ? code : e.name();
            out.add(Finding.at(blank == null ? null : blank.where(), id(), severity(),
                    "必填指标「" + name + "」未填写", blank == null ? null : blank.rawText(), code));
        }
    }
}
