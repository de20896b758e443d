package io.hqd.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hqd.ingest.Finding;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.ingest.template.TemplateLayout;

/**
 * Reads an opened workbook: every sheet on its own as a table (hqd's template is one, known by its 指标代码 column), then {@link SheetChooser} picks the sheets that hold the report and
 * {@link IdentityReading} decides reporter and period from everything the workbook states.
 */
public final class WorkbookReader {
    private WorkbookReader() {
    }

    public static ReadResult read(Grid wb, ReadContext ctx) {
        Map<String, String> meta = meta(wb);
        String version = meta.get(TemplateLayout.KEY_VERSION);
        boolean own = version != null && meta.containsKey(TemplateLayout.KEY_TEMPLATE_ID);
        List<Finding> findings = new ArrayList<>();
        if (own && !SubmissionTemplate.VERSION.equals(version)) {
            findings.add(ReadRule.OLD_TEMPLATE.file("使用的是 " + version + " 版模板，当前版本为 " + SubmissionTemplate.VERSION
                    + "，已按表头读取，请下期改用新模板"));
        }
        List<SheetRead> sheets = new ArrayList<>();
        List<MilestoneSheetReader.Entry> milestones = new ArrayList<>();
        for (GridSheet sheet : wb.sheets()) {
            if (own && sheet.name().equals(io.hqd.ingest.template.MilestoneSheet.SHEET)) {
                milestones.addAll(MilestoneSheetReader.read(sheet, periodOf(meta), code -> true, findings));
            } else if (!sheet.name().equals(TemplateLayout.META_SHEET)) {
                sheets.add(readSheet(sheet, sheet.hidden(), own, ctx));
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        if (own) {
            String code = meta.get(TemplateLayout.KEY_REPORTER_CODE);
            String period = meta.get(TemplateLayout.KEY_PERIOD);
            evidence.add(new Evidence(Evidence.Source.TEMPLATE, null, code, code, null));
            evidence.add(new Evidence(Evidence.Source.TEMPLATE, null, period, null, period));
        }
        SheetChooser.Choice choice = SheetChooser.choose(sheets, own ? meta.get(TemplateLayout.KEY_PERIOD) : null);
        findings.addAll(choice.notes());
        if (choice.data().isEmpty() && findings.stream().noneMatch(Finding::blocksFile)) {
            findings.add(ReadRule.NO_TABLE.file("文件中没有找到可识别的数据表：既不是本系统下发的模板，也没有「指标名称 / 本期数值」表头"
                    + "或以指标名称为列标题的表格。请使用下发的模板填报"));
        }
        choice.data().forEach(s -> evidence.addAll(s.evidence()));
        Collector.Merged merged = Collector.merge(choice.data().stream().map(SheetRead::collector).toList());
        List<ReadCell> cells = merged.cells();
        findings.addAll(merged.findings());
        boolean perSheet = cells.stream().anyMatch(c -> c.hospital() != null);
        // A table with one reporter row is that reporter's own report, not a consolidated one.
        List<String> rowReporters = cells.stream().map(ReadCell::hospital).distinct().toList();
        if (rowReporters.size() == 1 && rowReporters.get(0) != null && !rowReporters.get(0).startsWith(ReadCell.UNRESOLVED)) {
            String only = rowReporters.get(0);
            if (choice.data().stream().allMatch(SheetRead::perRow)) {
                evidence.add(new Evidence(Evidence.Source.CODE_CELL, choice.data().get(0).name(), only, only, null));
            }
            cells = cells.stream().map(c -> new ReadCell(c.element(), c.where(), c.rawText(), c.value(), null)).toList();
            findings = new ArrayList<>(findings.stream().map(f -> f.withHospital(null)).toList());
            perSheet = false;
        }
        IdentityReading.Result identity = IdentityReading.read(evidence, perSheet);
        findings.addAll(0, identity.refusals());
        String name = evidence.stream().filter(e -> e.source() == Evidence.Source.NAME_CELL).map(Evidence::text).findFirst()
                .orElse(own ? meta.get(TemplateLayout.KEY_REPORTER_NAME) : null);
        return new ReadResult(own, version, meta.get(TemplateLayout.KEY_TEMPLATE_ID),
                own ? meta.get(TemplateLayout.KEY_REPORTER_TYPE) : null, identity.reporter(), name, identity.period(),
                cells, findings, evidence, milestones);
    }

    /** The template's period, for checking the dates of its 规划任务 sheet (far future when unreadable). */
    private static io.hqd.warehouse.Periods periodOf(Map<String, String> meta) {
        try {
            return io.hqd.warehouse.Periods.parse(meta.get(TemplateLayout.KEY_PERIOD));
        } catch (IllegalArgumentException e) {
            return new io.hqd.warehouse.Periods(9999, 4);
        }
    }

    private static SheetRead readSheet(GridSheet sheet, boolean hidden, boolean own, ReadContext ctx) {
        Collector col = new Collector();
        TableSheetReader.Layout layout = TableSheetReader.read(sheet, hidden, own, ctx, col);
        return new SheetRead(sheet.name(), hidden, layout == TableSheetReader.Layout.TEMPLATE, layout, sheet.physicalRows() > 0, col,
                HeaderFacts.scan(sheet, ctx));
    }

    private static Map<String, String> meta(Grid wb) {
        Map<String, String> meta = new HashMap<>();
        GridSheet s = wb.sheet(TemplateLayout.META_SHEET);
        if (s == null) {
            return meta;
        }
        for (int r = 0; r <= Math.min(s.lastRow(), 50); r++) {
            GridRow row = s.row(r);
            if (row != null) {
                meta.put(CellText.text(row.cell(0)), CellText.text(row.cell(1)));
            }
        }
        return meta;
    }
}
