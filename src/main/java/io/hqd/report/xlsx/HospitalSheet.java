package io.hqd.report.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.hqd.report.data.EvalFact;
import io.hqd.report.data.HospitalRow;

/** 医院: the PDF's hospital tables, grouped by tier+type and ranked within the group. */
final class HospitalSheet {
    private HospitalSheet() {
    }

    /**
     * Widths (characters) add up to about 180, so the sheet fitted to an A4 page's width prints at about two thirds
     * of full size (about 7 pt); target, hospital and 说明 wrap within their columns instead of widening the page.
     */
    static void write(SheetKit kit, List<HospitalRow> rows) {
        Sheet s = kit.sheet("医院", new String[] {"级别类别", "目标", "市内同类排名", "医院代码", "医院", "所在地", "本期值", "目标值",
                "进度值", "评价", "暂定", "说明"}, new int[] {10, 32, 6, 12, 24, 10, 10, 10, 10, 8, 6, 36});
        int n = 0;
        for (HospitalRow x : rows) {
            EvalFact f = x.fact();
            Row r = s.createRow(++n);
            kit.text(r, 0, x.group());
            kit.text(r, 1, x.targetLabel());
            kit.integer(r, 2, x.getRank());
            kit.text(r, 3, x.hospitalCode());
            kit.text(r, 4, x.hospitalName());
            kit.text(r, 5, x.countyName());
            kit.value(r, 6, f.value(), f.indicator());
            if (f.targetValue() == null || io.hqd.report.sections.TargetText.isWords(f)) {
                kit.text(r, 7, io.hqd.report.sections.TargetText.of(f)); // 逐步提高, 排名前列: words, not a number
            } else {
                kit.value(r, 7, f.targetValue(), f.indicator());
            }
            kit.value(r, 8, f.pathValue(), f.indicator());
            kit.text(r, 9, f.status().label());
            kit.text(r, 10, f.provisional() ? "是" : "");
            kit.text(r, 11, f.evidence());
        }
        kit.finish(s, 12, n, 9);
    }
}
