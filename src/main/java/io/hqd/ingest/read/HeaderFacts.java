package io.hqd.ingest.read;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reporter and period as a free-form workbook states them in its top rows: labelled cells
 * ("机构代码：H51040001", "报告期 | 2026年第三季度") first, then a code or quarter in titles.
 * Several different answers are kept so the caller can report the conflict instead of picking one.
 */
final class HeaderFacts {
    static final int TOP_ROWS = 12;
    private static final Set<String> CODE_LABELS = Set.of("医疗机构代码", "机构代码", "单位代码", "报送单位代码",
            "组织机构代码", "医院代码", "区划代码", "行政区划代码");
    private static final Set<String> NAME_LABELS = Set.of("单位名称", "医院名称", "机构名称", "医疗机构名称",
            "填报单位", "报送单位", "填报单位名称");
    private static final Set<String> PERIOD_LABELS = Set.of("报告期", "统计期", "填报期间", "报送期", "统计期间", "统计时间", "报告期间");
    static final Pattern HOSPITAL_CODE = Pattern.compile("H\\d{8}");

    final Set<String> codes = new LinkedHashSet<>();
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> labelledPeriods = new LinkedHashSet<>();
    final Set<String> otherPeriods = new LinkedHashSet<>();

    void scan(Sheet sheet) {
        int last = Math.min(sheet.getLastRowNum(), TOP_ROWS);
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                String text = CellText.text(row.getCell(c));
                if (text.isEmpty()) {
                    continue;
                }
                String[] parts = text.split("[:：]", 2);
                String label = NumberText.normalize(parts[0]);
                String value = parts.length == 2 && !parts[1].isBlank() ? parts[1].strip() : nextText(sheet, row, c);
                if (CODE_LABELS.contains(label) && value != null) {
                    codes.add(NumberText.normalize(value));
                } else if (NAME_LABELS.contains(label) && value != null) {
                    names.add(value.strip());
                } else if (PERIOD_LABELS.contains(label) && value != null) {
                    String p = PeriodText.find(value);
                    if (p != null) {
                        labelledPeriods.add(p);
                    }
                } else {
                    Matcher m = HOSPITAL_CODE.matcher(text);
                    while (m.find()) {
                        codes.add(m.group());
                    }
                    String p = PeriodText.find(text);
                    if (p != null) {
                        otherPeriods.add(p);
                    }
                }
            }
        }
    }

    /** The next non-empty cell to the right, past merged copies of the label itself. */
    private static String nextText(Sheet sheet, Row row, int col) {
        String label = CellText.mergedText(sheet, row.getRowNum(), col);
        for (int c = col + 1; c < row.getLastCellNum() && c <= col + 6; c++) {
            String t = CellText.mergedText(sheet, row.getRowNum(), c);
            if (!t.isEmpty() && !t.equals(label)) {
                return t;
            }
        }
        return null;
    }

    List<String> periods() {
        return List.copyOf(labelledPeriods.isEmpty() ? otherPeriods : labelledPeriods);
    }
}
