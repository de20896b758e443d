package io.hqd.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;

import io.hqd.ingest.CellRef;

/**
 * Reporter and period as one sheet states them in its top rows: labelled cells ("机构代码：H51040001",
 * "报告期 | 2026年第三季度") are structured evidence, a code or quarter in a title is soft evidence.
 * A label followed by a blank cell states nothing, and a label followed by another label or a column
 * heading is a table header, not a label/value pair.
 */
final class HeaderFacts {
    static final int TOP_ROWS = 12;
    static final Set<String> CODE_LABELS = Set.of("医疗机构代码", "机构代码", "单位代码", "报送单位代码",
            "组织机构代码", "医院代码", "区划代码", "行政区划代码");
    static final Set<String> NAME_LABELS = Set.of("单位名称", "医院名称", "机构名称", "医疗机构名称",
            "填报单位", "报送单位", "填报单位名称");
    static final Set<String> PERIOD_LABELS = Set.of("报告期", "统计期", "填报期间", "报送期", "统计期间", "统计时间", "报告期间");
    static final Pattern HOSPITAL_CODE = Pattern.compile("H\\d{8}", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_SHAPE = Pattern.compile("H\\d{8}|\\d{6}");
    /** Where a label ends and its value begins, in a cell holding both ("机构代码：H51040001"). */
    private static final Pattern LABEL_END = Pattern.compile("[:：]");

    private HeaderFacts() {
    }

    static List<Evidence> scan(GridSheet sheet, ReadContext ctx) {
        List<Evidence> out = new ArrayList<>();
        int last = Math.min(sheet.lastRow(), TOP_ROWS);
        for (int r = Math.max(0, sheet.firstRow()); r <= last; r++) {
            GridRow row = sheet.row(r);
            if (row == null) {
                continue;
            }
            for (int c = Math.max(0, row.firstColumn()); c < row.endColumn(); c++) {
                String text = CellText.text(row.cell(c));
                if (!text.isEmpty()) {
                    read(sheet, ctx, r, c, text, out);
                }
            }
        }
        return out;
    }

    private static void read(GridSheet sheet, ReadContext ctx, int r, int c, String text, List<Evidence> out) {
        String[] parts = LABEL_END.split(text, 2);
        String label = NumberText.normalize(parts[0]);
        Evidence.Source labelled = CODE_LABELS.contains(label) ? Evidence.Source.CODE_CELL
                : NAME_LABELS.contains(label) ? Evidence.Source.NAME_CELL
                : PERIOD_LABELS.contains(label) ? Evidence.Source.PERIOD_CELL : null;
        if (labelled == null) {
            // A title or any other text: the label is the whole text when it has no colon.
            title(sheet, r, c, text, parts.length == 1 ? label : NumberText.normalize(text), out);
            return;
        }
        boolean inline = parts.length == 2 && !parts[1].isBlank();
        String where = CellRef.of(sheet.name(), r, inline ? c : valueColumn(sheet, r, c)).toString();
        String value = inline ? parts[1].strip() : valueAfter(sheet, ctx, r, c);
        if (value == null) {
            return;
        }
        switch (labelled) {
            case CODE_CELL -> out.add(new Evidence(Evidence.Source.CODE_CELL, where, value, codeOf(value, ctx), null));
            case NAME_CELL -> out.add(new Evidence(Evidence.Source.NAME_CELL, where, value, ctx.reporterCode(value), null));
            default -> {
                String p = PeriodText.find(value);
                if (p != null) {
                    out.add(new Evidence(Evidence.Source.PERIOD_CELL, where, value, null, p));
                }
            }
        }
    }

    /** Soft evidence in text that is no label: hospital codes and a quarter (most cells have neither: checked cheaply first). */
    private static void title(GridSheet sheet, int r, int c, String text, String normalized, List<Evidence> out) {
        String cell = null;
        if (normalized.indexOf('H') >= 0 || normalized.indexOf('h') >= 0) {
            Matcher m = HOSPITAL_CODE.matcher(normalized);
            while (m.find()) {
                cell = cell != null ? cell : CellRef.of(sheet.name(), r, c).toString();
                out.add(new Evidence(Evidence.Source.TITLE, cell, text, m.group().toUpperCase(Locale.ROOT), null));
            }
        }
        String p = PeriodText.find(text);
        if (p != null) {
            out.add(new Evidence(Evidence.Source.TITLE, cell != null ? cell : CellRef.of(sheet.name(), r, c).toString(), text, null, p));
        }
    }

    /**
     * The code a code cell states: a code in any case, or the registry's exact name typed there instead.
     * Anything else is kept as typed so the message can quote it.
     */
    static String codeOf(String typed, ReadContext ctx) {
        String code = NumberText.normalize(typed).toUpperCase(Locale.ROOT);
        if (CODE_SHAPE.matcher(code).matches()) {
            return code;
        }
        String byName = ctx.reporterCode(typed);
        return byName != null ? byName : code;
    }

    /** The first column right of the label's own (possibly merged) cell. */
    private static int valueColumn(GridSheet sheet, int row, int col) {
        for (CellRangeAddress m : sheet.merged()) {
            if (m.isInRange(row, col)) {
                return m.getLastColumn() + 1;
            }
        }
        return col + 1;
    }

    /** The cell right after a label: blank states nothing; another label or a column heading means a header row. */
    private static String valueAfter(GridSheet sheet, ReadContext ctx, int row, int col) {
        String t = CellText.mergedText(sheet, row, valueColumn(sheet, row, col));
        return t.isEmpty() || isHeading(t, ctx) ? null : t;
    }

    static boolean isHeading(String text, ReadContext ctx) {
        String key = NameMatcher.rawKey(text.split("[:：]", 2)[0]);
        return CODE_LABELS.contains(key) || NAME_LABELS.contains(key) || PERIOD_LABELS.contains(key)
                || TableSheetReader.isColumnHeading(text) || !ctx.matcher().match(text).isEmpty();
    }
}
