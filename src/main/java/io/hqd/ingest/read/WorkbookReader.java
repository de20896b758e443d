package io.hqd.ingest.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import io.hqd.ingest.Finding;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.ingest.template.TemplateLayout;

/**
 * Reads an opened workbook: hqd's own template by its metadata and 指标代码 column, anything else as
 * free-form tables. Reporter and period come from the template metadata or from labelled cells.
 */
public final class WorkbookReader {
    private WorkbookReader() {
    }

    public static ReadResult read(Workbook wb, ReadContext ctx) {
        Collector out = new Collector();
        Map<String, String> meta = meta(wb);
        String version = meta.get(TemplateLayout.KEY_VERSION);
        boolean own = version != null && meta.containsKey(TemplateLayout.KEY_TEMPLATE_ID);
        if (own && !SubmissionTemplate.VERSION.equals(version)) {
            out.add(Finding.file(ReadRule.OLD_TEMPLATE.id, ReadRule.OLD_TEMPLATE.severity,
                    "使用的是 " + version + " 版模板，当前版本为 " + SubmissionTemplate.VERSION + "，已按表头读取，请下期改用新模板"), null);
        }
        boolean anyTable = false;
        List<MilestoneSheetReader.Entry> milestones = new java.util.ArrayList<>();
        HeaderFacts facts = new HeaderFacts();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            if (sheet.getSheetName().equals(TemplateLayout.META_SHEET)) {
                continue;
            }
            if (own && sheet.getSheetName().equals(io.hqd.ingest.template.MilestoneSheet.SHEET)) {
                milestones.addAll(MilestoneSheetReader.read(sheet, periodOf(meta), code -> true, out.findings));
                continue;
            }
            boolean hidden = wb.isSheetHidden(i) || wb.isSheetVeryHidden(i);
            if (!hidden && !own) {
                facts.scan(sheet);
            }
            boolean read = own && sheet.getSheetName().equals(TemplateLayout.SHEET)
                    && TemplateSheetReader.read(sheet, ctx, out);
            anyTable |= read || TableSheetReader.read(sheet, hidden, ctx, out);
        }
        if (!anyTable) {
            out.add(Finding.file(ReadRule.NO_TABLE.id, ReadRule.NO_TABLE.severity,
                    "文件中没有找到可识别的数据表：既不是本系统下发的模板，也没有「指标名称 / 本期数值」表头或以指标名称为列标题的表格"), null);
        }
        String reporter = own ? meta.get(TemplateLayout.KEY_REPORTER_CODE) : one(facts.codes.stream().toList(),
                ReadRule.MANY_REPORTERS, "文件中出现多个单位代码", out);
        String name = own ? meta.get(TemplateLayout.KEY_REPORTER_NAME) : facts.names.stream().findFirst().orElse(null);
        if (reporter == null && !own && facts.names.size() == 1) {
            reporter = ctx.reporterCode(name);
        }
        String period = own ? meta.get(TemplateLayout.KEY_PERIOD)
                : one(facts.periods(), ReadRule.MANY_PERIODS, "文件中出现多个报告期", out);
        List<ReadCell> cells = out.cells();
        List<Finding> findings = out.findings;
        // A table with one reporter row is that reporter's own report, not a consolidated one.
        List<String> rowReporters = cells.stream().map(ReadCell::hospital).distinct().toList();
        if (rowReporters.size() == 1 && rowReporters.get(0) != null
                && !rowReporters.get(0).startsWith(ReadCell.UNRESOLVED)
                && (reporter == null || reporter.equals(rowReporters.get(0)))) {
            reporter = rowReporters.get(0);
            cells = cells.stream().map(c -> new ReadCell(c.element(), c.where(), c.rawText(), c.value(), null)).toList();
            findings = findings.stream().map(f -> f.withHospital(null)).toList();
        }
        return new ReadResult(own, version, meta.get(TemplateLayout.KEY_TEMPLATE_ID),
                own ? meta.get(TemplateLayout.KEY_REPORTER_TYPE) : null, reporter, name, period, cells, findings, milestones);
    }

    /** The template's period, for checking the dates of its 规划任务 sheet (far future when unreadable). */
    private static io.hqd.warehouse.Periods periodOf(Map<String, String> meta) {
        try {
            return io.hqd.warehouse.Periods.parse(meta.get(TemplateLayout.KEY_PERIOD));
        } catch (IllegalArgumentException e) {
            return new io.hqd.warehouse.Periods(9999, 4);
        }
    }

    private static String one(List<String> found, ReadRule rule, String what, Collector out) {
        if (found.size() > 1) {
            out.add(Finding.file(rule.id, rule.severity, what + "（" + String.join("、", found) + "），无法确定以哪个为准"), null);
            return null;
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static Map<String, String> meta(Workbook wb) {
        Map<String, String> meta = new HashMap<>();
        Sheet s = wb.getSheet(TemplateLayout.META_SHEET);
        if (s == null) {
            return meta;
        }
        for (int r = 0; r <= Math.min(s.getLastRowNum(), 50); r++) {
            Row row = s.getRow(r);
            if (row != null) {
                meta.put(CellText.text(row.getCell(0)), CellText.text(row.getCell(1)));
            }
        }
        return meta;
    }
}
