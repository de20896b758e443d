package io.hqd.ingest.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hqd.ingest.Finding;

/**
 * Chooses the sheets that hold the report. Helper sheets (monthly rows, breakdowns), notes and covers,
 * and sheets of an earlier quarter kept in the same file are not read, each with a note; their
 * formulas' cached results still count wherever the data sheet refers to them. Two data sheets naming
 * two hospitals are two reports when every data sheet says clearly whose it is; otherwise the file is
 * refused naming both, never read by halves.
 */
final class SheetChooser {

    /** Differences in this many figures or more (and in most shared ones) make a sheet another hospital's table. */
    static final int MANY_DIFFERENCES = 3;

    record Choice(List<SheetRead> data, List<Finding> notes) {
    }

    private SheetChooser() {
    }

    static Choice choose(List<SheetRead> sheets, String metaPeriod) {
        List<Finding> notes = new ArrayList<>();
        List<SheetRead> tables = sheets.stream().filter(SheetRead::isTable).toList();
        List<SheetRead> data = tables.stream().filter(s -> s.template() || s.collector().hasContent()).toList();
        if (data.isEmpty()) {
            data = tables;
        }
        for (SheetRead s : sheets) {
            if (s.layout() == TableSheetReader.Layout.HELPER) {
                notes.add(note(s, "工作表「" + s.name() + "」是辅助表（多行数据，但没有机构代码或名称列，例如按月的明细），未作为报表读取；"
                        + "数据表中引用它的公式按保存的计算结果读取"));
            } else if (!data.contains(s) && s.hasText()) {
                notes.add(note(s, "工作表「" + s.name() + "」没有可识别的报表（说明、封面或空白表），未读取"));
            }
        }
        if (data.isEmpty() && sheets.stream().anyMatch(s -> s.layout() == TableSheetReader.Layout.HELPER)) {
            notes.add(ReadRule.MANY_REPORTERS.file("文件中只有多行数据的表格，但没有机构代码或机构名称列，无法确定每行属于哪个单位。"
                    + "请使用下发的模板，或在表中加上「医疗机构代码」列"));
            return new Choice(List.of(), notes);
        }
        String target = metaPeriod != null ? metaPeriod
                : data.stream().map(SheetRead::period).filter(p -> p != null).max(Comparator.naturalOrder()).orElse(null);
        List<SheetRead> current = new ArrayList<>();
        for (SheetRead s : data) {
            String p = s.period();
            if (target != null && p != null && p.compareTo(target) < 0) {
                continue;
            }
            current.add(s);
        }
        if (current.isEmpty()) {
            current.addAll(data); // every sheet is of another quarter: identity reading states the conflict
        }
        for (SheetRead s : data) {
            if (!current.contains(s)) {
                notes.add(note(s, "工作表「" + s.name() + "」是 " + s.period() + " 的报表，与本文件的报告期 " + target
                        + " 不同，未读取（往期数据以当期已接收的文件为准）"));
            }
        }
        assignHospitals(current, notes);
        for (SheetRead s : current) {
            if (s.hidden() && s.collector().rawCells().stream().anyMatch(c -> c.value() != null)) {
                notes.add(ReadRule.HIDDEN.file("工作表「" + s.name() + "」是隐藏的，其中的数值已读取，请确认是否应当报送"));
            }
        }
        return new Choice(current, notes);
    }

    /** Sheets naming different hospitals: each its own report when every sheet names exactly one, else refused. */
    private static void assignHospitals(List<SheetRead> current, List<Finding> notes) {
        List<SheetRead> own = current.stream().filter(s -> !s.perRow()).toList();
        Set<String> hospitals = new LinkedHashSet<>();
        own.forEach(s -> hospitals.addAll(s.reporters()));
        if (hospitals.size() == 1) {
            refuseUnnamedOtherTables(own, hospitals.iterator().next(), notes);
            return;
        }
        if (hospitals.isEmpty()) {
            return;
        }
        boolean clear = own.stream().allMatch(s -> s.reporters().size() == 1);
        if (!clear) {
            List<String> said = new ArrayList<>();
            for (SheetRead s : own) {
                said.add("工作表「" + s.name() + "」" + (s.reporters().isEmpty() ? "没有写明单位" : "写的是 " + String.join("、", s.reporters())));
            }
            notes.add(ReadRule.MANY_REPORTERS.file("文件中有多个单位的数据（" + String.join("；", said)
                    + "），但不是每个工作表都写明了唯一的机构代码，无法确定各数字属于哪个单位，整份文件未入库。"
                    + "请每个单位单独报送一个文件，或在每个工作表写明本单位的机构代码"));
            return;
        }
        for (SheetRead s : own) {
            s.collector().assignHospital(s.reporters().get(0));
        }
    }

    /**
     * A sheet naming nobody beside a sheet naming a hospital: a second check table that agrees (or differs in
     * a figure or two, which the conflict rule refuses) belongs to it; a table that differs in most figures
     * is another hospital's, and which one is unknown.
     */
    private static void refuseUnnamedOtherTables(List<SheetRead> own, String hospital, List<Finding> notes) {
        java.util.Map<String, java.math.BigDecimal> named = new java.util.HashMap<>();
        own.stream().filter(s -> !s.reporters().isEmpty())
                .forEach(s -> s.collector().rawCells().forEach(c -> { if (c.value() != null) named.putIfAbsent(c.element(), c.value()); }));
        for (SheetRead s : own) {
            if (!s.reporters().isEmpty()) {
                continue;
            }
            int shared = 0, differ = 0;
            for (ReadCell c : s.collector().rawCells()) {
                java.math.BigDecimal other = c.value() == null ? null : named.get(c.element());
                if (other != null) {
                    shared++;
                    differ += other.compareTo(c.value()) != 0 ? 1 : 0;
                }
            }
            if (differ >= MANY_DIFFERENCES && differ * 2 > shared) {
                notes.add(ReadRule.MANY_REPORTERS.file("工作表「" + s.name() + "」没有写明单位，其中 " + differ + " 个数字与 " + hospital
                        + " 的工作表不同，像是另一家单位的表；无法确定它属于哪个单位，整份文件未入库。"
                        + "请每个单位单独报送一个文件，或在该工作表写明机构代码"));
            }
        }
    }

    private static Finding note(SheetRead s, String message) {
        return ReadRule.SHEET_IGNORED.file(message);
    }
}
