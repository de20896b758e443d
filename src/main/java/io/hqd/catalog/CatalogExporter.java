package io.hqd.catalog;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the whole catalog as one CSV row per target, for statisticians to review in Excel. */
public final class CatalogExporter {

    public static final String[] COLUMNS = {"target_code", "plan_code", "plan_title", "jurisdiction_code",
            "jurisdiction", "doc_number", "indicator_code", "indicator_name", "unit", "scope", "evaluate_at", "kind",
            "condition", "comparator", "value", "value_high", "tolerance", "deadline", "baseline_year",
            "baseline_value", "target_year", "nature", "clause", "quote", "reading", "responsible", "repeat", "source_file"};

    private CatalogExporter() {
    }

    /** Writes UTF-8 with a byte-order mark so that Excel opens the Chinese text correctly. */
    public static void export(Catalog catalog, Writer out) throws IOException {
        out.write('\uFEFF');
        Map<String, Plan> plans = catalog.plansByCode();
        Map<String, Region> regions = catalog.regionsByCode();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (Target t : catalog.targets()) {
                Plan plan = plans.get(t.planCode());
                Indicator ind = t.isMilestone() ? null : catalog.indicator(t.indicator(), t.targetYear() == null ? 2025 : t.targetYear()).orElse(null);
                Region jurisdiction = plan == null ? null : regions.get(plan.jurisdictionCode());
                p.printRecord(t.targetCode(), t.planCode(), plan == null ? "" : plan.title(),
                        plan == null ? "" : plan.jurisdictionCode(), jurisdiction == null ? "" : jurisdiction.name(),
                        plan == null || plan.docNumber() == null ? "" : plan.docNumber(),
                        t.indicator(), t.isMilestone() ? "规划任务（定性承诺）" : ind == null ? "" : ind.name(), ind == null || ind.unit() == null ? "" : ind.unit(),
                        describeScope(t.scope(), regions), t.evaluateAt(), t.kind(),
                        t.conditionOp() == null ? "" : t.conditionOp().spelling() + " " + num(t.conditionValue()),
                        t.op() == null ? "" : t.op().spelling(), num(t.value()), num(t.valueHigh()), num(t.tolerance()),
                        t.deadline() == null ? "" : t.deadline(), t.baselineYear() == null ? "" : t.baselineYear(),
                        num(t.baselineValue()), t.targetYear() == null ? "" : t.targetYear(), nz(t.nature()),
                        nz(t.clause()), nz(t.quote()), nz(t.reading()), nz(t.responsible()),
                        t.repeatsYearly() ? "每年" : "", plan == null ? "" : nz(plan.sourceFile()));
            }
        }
    }

    /** A scope in words, e.g. "雅安市 三级 公立". */
    public static String describeScope(Target.Scope s, Map<String, Region> regions) {
        List<String> parts = new ArrayList<>();
        if (s.region() != null) {
            Region r = regions.get(s.region());
            parts.add(r == null ? s.region() : r.name());
        }
        for (String v : new String[] {s.area(), s.tier(), s.grade() == null ? null : s.grade().replace("|", "或") + "等",
                s.type() == null ? null : s.type().replace("|", "或"), s.ownership(),
                s.adminLevel() == null ? null : s.adminLevel() + "级"}) {
            if (v != null) {
                parts.add(v);
            }
        }
        if (!s.hospitals().isEmpty()) {
            parts.add("指定医院:" + String.join("|", s.hospitals()));
        }
        return String.join(" ", parts);
    }

    static String num(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
