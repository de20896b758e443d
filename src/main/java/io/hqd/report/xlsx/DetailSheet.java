package io.hqd.report.xlsx;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.hqd.report.data.EvalFact;
import io.hqd.report.data.LineageQuery.Figure;
import io.hqd.report.data.LineageQuery.Lineage;

/**
 * 明细: every evaluated row, flat; its 来源 column says how many cells the figure was computed from and links to
 * their block on the 来源 sheet (one row per cell there, so the long file and cell names never make a row here tall).
 */
final class DetailSheet {
    private DetailSheet() {
    }

    static void write(SheetKit kit, List<EvalFact> facts, List<Lineage> lineage) {
        Map<Figure, Integer> blocks = SourceSheet.layout(lineage);
        Sheet s = kit.sheet("明细", new String[] {"报告期", "对象类型", "对象代码", "对象", "目标编号", "指标代码", "指标", "分子", "分母",
                "本期值", "目标值", "进度值", "评价", "暂定", "说明", "来源"},
                new int[] {8, 8, 12, 28, 12, codeWidth(facts), 24, 12, 12, 10, 10, 10, 8, 6, 44, sourceWidth(lineage, blocks)});
        int n = 0;
        for (int i = 0; i < facts.size(); i++) {
            EvalFact f = facts.get(i);
            Row r = s.createRow(++n);
            kit.text(r, 0, f.periodCode());
            kit.text(r, 1, switch (f.entityType()) {
                case hospital -> "医院";
                case county -> "区县";
                case city -> "市";
                case province -> "省";
            });
            kit.text(r, 2, f.entityCode());
            kit.text(r, 3, f.entityName());
            kit.text(r, 4, f.targetCode());
            kit.text(r, 5, f.indicator().code());
            kit.text(r, 6, f.indicator().name());
            kit.plain(r, 7, f.numerator());
            kit.plain(r, 8, f.denominator());
            if (f.indicator().isFlag()) {
                // a yes/no item: 是/否 for a hospital; above it the share of its hospitals saying 是, in % as the PDF
                // prints it (a bare 67 against a target of 1 read as two numbers on one scale)
                if (f.isHospital()) {
                    kit.yesNo(r, 9, f.value());
                } else {
                    kit.valueWithUnit(r, 9, f.value(), f.indicator());
                }
                kit.yesNo(r, 10, f.targetValue());
            } else {
                kit.value(r, 9, f.value(), f.indicator());
                kit.value(r, 10, f.targetValue(), f.indicator());
            }
            kit.value(r, 11, f.pathValue(), f.indicator());
            kit.text(r, 12, f.status().label());
            kit.text(r, 13, f.provisional() ? "是" : "");
            kit.longText(r, 14, f.evidence());
            Lineage l = lineage.get(i);
            if (!l.cells().isEmpty()) {
                int row = blocks.get(l.figure());
                kit.link(r, 15, linkText(l.cells().size(), row), SourceSheet.NAME, row);
            } else {
                kit.text(r, 15, source(f, l));
            }
        }
        kit.finish(s, 16, n, 12);
    }

    /** 指标代码 as wide as the longest code (up to 36), so a code holds one line instead of raising its row. */
    private static int codeWidth(List<EvalFact> facts) {
        int w = 16;
        for (EvalFact f : facts) {
            w = Math.max(w, Math.min(36, io.hqd.xlsx.WrappedText.oneLineWidth(f.indicator().code())));
        }
        return w;
    }

    /** "12 个单元格 → 来源!A40": how many cells, and the first row of their block. */
    private static String linkText(int cells, int row) {
        return cells + " 个单元格 → " + SourceSheet.address(row);
    }

    /** 来源 as wide as its longest link (the last block's row number is the longest), so a link holds one line. */
    private static int sourceWidth(List<Lineage> lineage, Map<Figure, Integer> blocks) {
        int most = 0;
        int last = 1;
        for (int first : blocks.values()) {
            last = Math.max(last, first);
        }
        for (Lineage l : lineage) {
            most = Math.max(most, l.cells().size());
        }
        return Math.max(22, io.hqd.xlsx.WrappedText.oneLineWidth(linkText(most, last)));
    }

    /** What a row without cells of its own says in 来源. */
    static String source(EvalFact f, Lineage l) {
        if (l.onHospitalRows()) {
            return "按医院计：见各医院行";
        }
        return f.value() == null ? "无数据" : "";
    }
}
