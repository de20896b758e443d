package io.hqd.ingest.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.CellRef;
import io.hqd.ingest.Finding;

/**
 * Reads a free-form sheet. The header is found by its text, never by position:
 * <ul>
 * <li>long layout: a row with a label header (指标名称/项目/指标代码…) and a value header (本期数值/本期/数值…);
 * each row below is one element, recognised by code, name or alias;</li>
 * <li>wide layout: a row (merged multi-row headers resolved) whose cells are element names or aliases;
 * each row below is one reporter (a 机构代码/医院名称 column names it) or the file's only reporter.</li>
 * </ul>
 * 合计/小计 rows are skipped. hqd's own 填报表 is a long table too: in a workbook hqd issued, a long table with a
 * 指标代码 column is the template, whose rows are known by their code alone (an unknown code is reported, never
 * guessed from the name beside it).
 */
final class TableSheetReader {
    static final int SEARCH_ROWS = 40;
    private static final Set<String> LABEL_HEADERS = Set.of("指标名称", "指标", "项目", "指标项目", "名称", "项目名称", "统计指标");
    private static final Set<String> CODE_HEADERS = Set.of("指标代码", "代码", "编码", "指标编码");
    private static final Set<String> VALUE_HEADERS = Set.of("本期数值", "本期", "本期数", "本期值", "数值", "填报数",
            "填报值", "本季度", "本季度数值", "本季", "数据", "值", "本期实际");
    /** The template's column of last quarter's figures, shown for reference and never read. */
    private static final String PREVIOUS_HEADER = "上期数值";
    private static final Set<String> ROW_CODE_HEADERS = Set.of("机构代码", "医疗机构代码", "医院代码", "单位代码");
    private static final Set<String> ROW_NAME_HEADERS = Set.of("医院名称", "机构名称", "医疗机构名称", "单位名称", "医院", "单位");
    static final Set<String> TOTAL_LABELS = Set.of("合计", "总计", "小计", "全县合计", "全区合计", "全市合计", "汇总");

    private TableSheetReader() {
    }

    /** What a sheet turned out to hold; TEMPLATE is hqd's own 填报表 (rows known by their 指标代码). */
    enum Layout { NONE, TABLE, TEMPLATE, HELPER }

    /** Whether a text is a column heading of a long table (指标名称, 本期数值 …). */
    static boolean isColumnHeading(String text) {
        String t = NameMatcher.rawKey(text);
        return LABEL_HEADERS.contains(t) || CODE_HEADERS.contains(t) || VALUE_HEADERS.contains(NameMatcher.strippedKey(text))
                || ROW_CODE_HEADERS.contains(t) || ROW_NAME_HEADERS.contains(t);
    }

    /**
     * Reads the sheet's table into {@code out}. HELPER: a wide table of several rows with nothing saying
     * whose they are (monthly rows, a breakdown): not a report, nothing is read from it.
     */
    static Layout read(GridSheet sheet, boolean hidden, boolean own, ReadContext ctx, Collector out) {
        int last = Math.min(sheet.lastRow(), SEARCH_ROWS);
        int bestWideRow = -1;
        Map<Integer, Indicator> bestWide = Map.of();
        int width = 0;
        for (int r = Math.max(0, sheet.firstRow()); r <= last; r++) {
            GridRow row = sheet.row(r);
            width = row == null ? width : Math.max(width, row.endColumn());
        }
        for (int r = Math.max(0, sheet.firstRow()); r <= last; r++) {
            GridRow row = sheet.row(r);
            if (row == null) {
                continue;
            }
            int labelCol = -1, codeCol = -1, valueCol = -1, previousCol = -1;
            Map<Integer, Indicator> wide = new LinkedHashMap<>();
            for (int c = 0; c < width; c++) {
                String text = CellText.mergedText(sheet, r, c);
                String t = NameMatcher.rawKey(text);
                if (LABEL_HEADERS.contains(t) && labelCol < 0) {
                    labelCol = c;
                } else if (CODE_HEADERS.contains(t) && codeCol < 0) {
                    codeCol = c;
                } else if (VALUE_HEADERS.contains(NameMatcher.strippedKey(text)) && valueCol < 0) {
                    valueCol = c;
                } else if (t.equals(PREVIOUS_HEADER)) {
                    previousCol = c;
                } else {
                    Set<String> codes = ctx.matcher().match(text);
                    if (codes.size() == 1) {
                        wide.put(c, ctx.matcher().element(codes.iterator().next()));
                    }
                }
            }
            if (valueCol >= 0 && (labelCol >= 0 || codeCol >= 0)) {
                boolean template = own && codeCol >= 0;
                readLong(sheet, hidden, template, ctx, out, r, labelCol, codeCol, valueCol, previousCol);
                return template ? Layout.TEMPLATE : Layout.TABLE;
            }
            if (wide.size() >= 2 && wide.size() > bestWide.size()) {
                bestWide = wide;
                bestWideRow = r;
            }
        }
        if (bestWideRow < 0) {
            return Layout.NONE;
        }
        return readWide(sheet, hidden, ctx, out, bestWideRow, bestWide);
    }

    private static void readLong(GridSheet sheet, boolean hidden, boolean template, ReadContext ctx, Collector out,
                                 int headerRow, int labelCol, int codeCol, int valueCol, int previousCol) {
        int filled = 0, previousFilled = 0;
        for (int r = bandEnd(sheet, headerRow) + 1; r <= sheet.lastRow(); r++) {
            GridRow row = sheet.row(r);
            if (row == null) {
                continue;
            }
            String label = labelCol >= 0 ? CellText.mergedText(sheet, r, labelCol) : "";
            String code = codeCol >= 0 ? NumberText.normalize(CellText.text(row.cell(codeCol))) : "";
            if (TOTAL_LABELS.contains(NameMatcher.rawKey(label)) || TOTAL_LABELS.contains(code)) {
                continue;
            }
            Indicator element = ctx.matcher().isCode(code) ? ctx.matcher().element(code) : null;
            if (template && element == null && !code.isEmpty()) {
                String raw = CellText.text(row.cell(valueCol));
                if (!raw.isEmpty()) {
                    out.add(Finding.at(CellRef.of(sheet.name(), r, valueCol), ReadRule.UNKNOWN_ROW.id,
                            ReadRule.UNKNOWN_ROW.severity, "指标代码「" + code + "」不在指标目录中，该行数值未读取", raw, null), null);
                }
                continue;
            }
            Set<String> candidates = element == null && !label.isEmpty() ? ctx.matcher().match(label) : Set.of();
            if (element == null && candidates.size() == 1) {
                element = ctx.matcher().element(candidates.iterator().next());
            }
            if (element != null) {
                out.value(sheet, hidden, row, valueCol, element, null);
                filled += CellText.text(row.cell(valueCol)).isEmpty() ? 0 : 1;
                previousFilled += previousCol >= 0 && !CellText.text(row.cell(previousCol)).isEmpty() ? 1 : 0;
                continue;
            }
            String raw = CellText.text(row.cell(valueCol));
            if (raw.isEmpty()) {
                continue; // a section heading or an empty line
            }
            CellRef where = CellRef.of(sheet.name(), r, valueCol);
            String shown = label.isEmpty() ? code : label;
            if (candidates.size() > 1) {
                out.add(Finding.at(where, ReadRule.AMBIGUOUS_NAME.id, ReadRule.AMBIGUOUS_NAME.severity,
                        "「" + shown + "」可能是多个指标（" + String.join("、", candidates) + "），请改用模板或填写指标代码", raw, null), null);
            } else {
                out.add(Finding.at(where, ReadRule.UNKNOWN_ROW.id, ReadRule.UNKNOWN_ROW.severity,
                        "「" + shown + "」不是指标目录中的指标名称或别名，该行数值未读取", raw, null), null);
            }
        }
        checkPreviousColumn(sheet, out, valueCol, previousCol, filled, previousFilled);
    }

    /** Figures typed into the 上期数值 column while the 本期数值 column is empty: refused, naming both columns. */
    private static void checkPreviousColumn(GridSheet sheet, Collector out, int valueCol, int previousCol, int filled, int previousFilled) {
        if (filled == 0 && previousFilled > 0) {
            String valueLetter = CellReference.convertNumToColString(valueCol);
            String previousLetter = CellReference.convertNumToColString(previousCol);
            out.add(ReadRule.WRONG_COLUMN.file("工作表「" + sheet.name() + "」的「本期数值」列（" + valueLetter
                    + " 列）一个数字也没有，而「上期数值」列（" + previousLetter + " 列）有 " + previousFilled
                    + " 个数字。「上期数值」是系统带出的上期数据，不会读取；请把本期数字填在「本期数值」列（" + valueLetter + " 列）后重新报送"), null);
        }
    }

    private static Layout readWide(GridSheet sheet, boolean hidden, ReadContext ctx, Collector out, int headerRow, Map<Integer, Indicator> columns) {
        int rowCodeCol = -1, rowNameCol = -1;
        int width = columns.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int c = 0; c < width; c++) {
            String t = NameMatcher.rawKey(CellText.mergedText(sheet, headerRow, c));
            if (ROW_CODE_HEADERS.contains(t) && rowCodeCol < 0) {
                rowCodeCol = c;
            } else if (ROW_NAME_HEADERS.contains(t) && rowNameCol < 0) {
                rowNameCol = c;
            }
        }
        int first = bandEnd(sheet, headerRow) + 1;
        if (rowCodeCol < 0 && rowNameCol < 0) {
            int dataRows = 0;
            for (int r = first; r <= sheet.lastRow(); r++) {
                GridRow row = sheet.row(r);
                dataRows += row == null || isTotalOrEmpty(row, columns) ? 0 : 1;
            }
            if (dataRows > 1) {
                // Several rows and nothing saying whose they are: reading any of them would be a guess.
                return Layout.HELPER;
            }
        }
        for (int r = first; r <= sheet.lastRow(); r++) {
            GridRow row = sheet.row(r);
            if (row == null || isTotalOrEmpty(row, columns)) {
                continue;
            }
            String hospital = null;
            String typedCode = rowCodeCol >= 0 ? CellText.text(row.cell(rowCodeCol)) : "";
            if (!typedCode.isEmpty()) {
                hospital = HeaderFacts.codeOf(typedCode, ctx);
            } else if (rowNameCol >= 0) {
                String name = CellText.text(row.cell(rowNameCol));
                String code = ctx.reporterCode(name);
                hospital = code != null ? code : ReadCell.UNRESOLVED + name;
            }
            for (Map.Entry<Integer, Indicator> e : columns.entrySet()) {
                out.value(sheet, hidden, row, e.getKey(), e.getValue(), hospital);
            }
        }
        return Layout.TABLE;
    }

    private static boolean isTotalOrEmpty(GridRow row, Map<Integer, Indicator> columns) {
        boolean any = false;
        for (int c = 0; c < row.endColumn(); c++) {
            String t = CellText.text(row.cell(c));
            if (TOTAL_LABELS.contains(NameMatcher.rawKey(t))) {
                return true;
            }
            any |= columns.containsKey(c) && !t.isEmpty();
        }
        return !any;
    }

    /** The last row of a header band: merged header cells starting in this row may reach further down. */
    private static int bandEnd(GridSheet sheet, int headerRow) {
        int end = headerRow;
        for (CellRangeAddress m : sheet.merged()) {
            if (m.getFirstRow() <= headerRow && m.getLastRow() > end && m.getLastRow() - headerRow < 5) {
                end = m.getLastRow();
            }
        }
        return end;
    }
}
