package io.hqd.report.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.hqd.report.data.EvalFact;
import io.hqd.report.data.LineageQuery.Figure;
import io.hqd.report.data.LineageQuery.Lineage;
import io.hqd.report.data.LineageQuery.SourceCell;
import io.hqd.xlsx.WrappedText;

/**
 * 来源: every source cell of every figure on 明细, one row per cell (long form, so a statistician filters and adds
 * them up: the 数值 of a block's 分子 rows add up to the figure's 分子). One block per figure (object and
 * indicator), however many targets judge it, in the order 明细 first names the figure; 明细 links to each
 * block's first row.
 */
final class SourceSheet {
    static final String NAME = "来源";
    private static final String[] HEADERS = {"报告期", "对象代码", "对象", "指标代码", "指标", "分子/分母", "要素代码", "季度",
            "数值", "来源文件", "工作表", "单元格", "备注"};
    /** Widths grow to the longest entry so rows hold one line, up to these (character units); longer entries wrap. */
    private static final int[] MAX_WIDTHS = {8, 12, 24, 36, 26, 8, 36, 8, 14, 52, 10, 8, 16};
    private static final int NUMBER = 8;

    private SourceSheet() {
    }

    /** Where each figure's block starts on the sheet (1-based row numbers, as a reader reads them), in 明细 order. */
    static Map<Figure, Integer> layout(List<Lineage> lineage) {
        Map<Figure, Integer> first = new LinkedHashMap<>();
        int next = 2; // row 1 is the header
        for (Lineage l : lineage) {
            if (!l.cells().isEmpty() && !first.containsKey(l.figure())) {
                first.put(l.figure(), next);
                next += l.cells().size();
            }
        }
        return first;
    }

    /** The link target of a block's first row: 来源!A40. */
    static String address(int row) {
        return NAME + "!A" + row;
    }

    static void write(SheetKit kit, List<EvalFact> facts, List<Lineage> lineage) {
        List<String[]> rows = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Map<Figure, Integer> blocks = layout(lineage);
        java.util.Set<Figure> written = new java.util.HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            Lineage l = lineage.get(i);
            if (!blocks.containsKey(l.figure()) || !written.add(l.figure())) {
                continue;
            }
            EvalFact f = facts.get(i);
            for (SourceCell c : l.cells()) {
                rows.add(new String[] {f.periodCode(), f.entityCode(), f.entityName(), f.indicator().code(),
                        f.indicator().name(), c.part().label(), c.element(), c.quarter(), null, c.file(), c.sheet(),
                        c.cell(), c.carried() ? "沿用更正前版本" : ""});
                values.add(c.value());
            }
        }
        Sheet s = kit.sheet(NAME, HEADERS, widths(rows));
        for (int i = 0; i < rows.size(); i++) {
            Row r = s.createRow(i + 1);
            String[] v = rows.get(i);
            for (int col = 0; col < v.length; col++) {
                if (col == NUMBER) {
                    kit.submitted(r, col, values.get(i));
                } else {
                    kit.text(r, col, v[col]);
                }
            }
        }
        kit.finish(s, HEADERS.length, rows.size(), -1);
    }

    /** Each column as wide as its longest entry (plus the cell's padding), within {@link #MAX_WIDTHS}. */
    private static int[] widths(List<String[]> rows) {
        int[] w = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int col = 0; col < w.length; col++) {
                String v = col == NUMBER ? "12345678.12 " : row[col];
                w[col] = Math.max(w[col], Math.min(MAX_WIDTHS[col], WrappedText.oneLineWidth(v)));
            }
        }
        return w;
    }
}
