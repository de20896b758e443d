package io.hqd.ingest.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;

/**
 * Gathers the value cells and findings of one sheet while it is read. Sheets are collected apart so
 * the workbook reader can choose which of them hold the report; {@link #merge} then joins the chosen
 * ones. The same element read twice with different numbers is a conflict: both are rejected, because
 * choosing one would be a guess.
 */
final class Collector {
    private final List<ReadCell> cells = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();

    void value(GridSheet sheet, boolean sheetHidden, GridRow row, int col, Indicator element, String hospital) {
        GridCell c = row.cell(col);
        names.putIfAbsent(element.code(), element.name());
        CellRef where = CellRef.of(sheet.name(), row.index(), col);
        String raw = c == null ? "" : c.isFormula() ? "=" + c.formula() + " → " + CellText.text(c) : CellText.text(c);
        NumberText.Parsed parsed = CellText.number(c, element);
        BigDecimal value = null;
        switch (parsed) {
            case NumberText.Value v -> value = v.value();
            case NumberText.Problem p -> add(Finding.at(where, p.rule().id, p.rule().severity,
                    element.name() + "：" + p.message(), raw, element.code()), hospital);
            case NumberText.Missing m -> { }
        }
        if (value != null && !sheetHidden && (row.hidden() || sheet.columnHidden(col))) {
            add(Finding.at(where, ReadRule.HIDDEN.id, ReadRule.HIDDEN.severity,
                    element.name() + "：数值位于隐藏的行或列中，已读取，请确认", raw, element.code()), hospital);
        }
        if (value != null && isBareFraction(value, element, c)) {
            add(Finding.at(where, ReadRule.PERCENT_FRACTION.id, ReadRule.PERCENT_FRACTION.severity, element.name()
                    + "：单位是 %，填的却是 " + value.toPlainString() + "。如果是 " + value.movePointRight(2).stripTrailingZeros().toPlainString()
                    + "%，请改填 " + value.movePointRight(2).stripTrailingZeros().toPlainString() + "；确实不足 1% 时请由统计人员确认", raw, element.code()), hospital);
        }
        // A blank input cell is kept (without a value) so a missing required figure can point at its cell.
        cells.add(new ReadCell(element.code(), where, raw.isEmpty() && value == null ? "" : raw, value, hospital));
    }

    /** 0.3547 in a % row (not a %-formatted cell, which already shows 35.47%): probably a fraction, not a percent. */
    static boolean isBareFraction(BigDecimal value, Indicator element, GridCell c) {
        return "%".equals(element.unit()) && value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0
                && (c == null || (!c.isFormula() && c.type() == GridCell.Type.STRING) || !CellText.percentFormatted(c));
    }

    void add(Finding f, String hospital) {
        findings.add(f.withHospital(hospital)); // a finding is made without a hospital: null leaves it so
    }

    List<ReadCell> rawCells() {
        return cells;
    }

    /** Whether any cell of this sheet holds a number or non-blank text. */
    boolean hasContent() {
        return cells.stream().anyMatch(c -> !c.rawText().isEmpty());
    }

    /** Every cell with its hospital replaced (a sheet that names its own hospital in a file of several). */
    void assignHospital(String hospital) {
        cells.replaceAll(c -> new ReadCell(c.element(), c.where(), c.rawText(), c.value(), hospital));
        findings.replaceAll(f -> f.withHospital(hospital));
    }

    /** The chosen sheets' cells and findings together, with conflicts between cells found and both sides rejected. */
    static Merged merge(List<Collector> sheets) {
        List<Finding> findings = new ArrayList<>();
        List<ReadCell> all = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Collector s : sheets) {
            names.putAll(s.names);
            findings.addAll(s.findings);
            all.addAll(s.cells);
        }
        Map<String, ReadCell> first = new HashMap<>();
        Set<String> conflicted = new HashSet<>();
        List<ReadCell> kept = new ArrayList<>();
        for (ReadCell c : all) {
            if (c.value() == null) {
                kept.add(c);
                continue;
            }
            String key = c.element() + "|" + c.hospital();
            ReadCell earlier = first.putIfAbsent(key, c);
            if (earlier == null) {
                kept.add(c);
            } else if (earlier.value().compareTo(c.value()) != 0) {
                if (conflicted.add(key)) {
                    Finding f = Finding.at(c.where(), ReadRule.CONFLICT.id, ReadRule.CONFLICT.severity,
                            names.getOrDefault(c.element(), c.element()) + "：在 " + earlier.where() + " 填了 " + earlier.value().toPlainString() + "，在 "
                                    + c.where() + " 又填了 " + c.value().toPlainString() + "，无法确定以哪个为准", c.rawText(), c.element());
                    findings.add(f.withHospital(c.hospital()));
                }
                kept.add(c);
            } else {
                kept.add(new ReadCell(c.element(), c.where(), c.rawText(), null, c.hospital())); // same number again: first cell's lineage
            }
        }
        List<ReadCell> out = new ArrayList<>(kept.size());
        for (ReadCell c : kept) {
            boolean reject = c.value() != null && conflicted.contains(c.element() + "|" + c.hospital());
            out.add(reject ? new ReadCell(c.element(), c.where(), c.rawText(), null, c.hospital()) : c);
        }
        return new Merged(out, findings);
    }

    record Merged(List<ReadCell> cells, List<Finding> findings) {
    }
}
