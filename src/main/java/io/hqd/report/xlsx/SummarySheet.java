package io.hqd.report.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.hqd.report.data.SummaryRow;

/** 摘要: the PDF's summary table; each plan once, as a bold line with its counts, its targets below it. */
final class SummarySheet {
    private SummarySheet() {
    }

    static void write(SheetKit kit, List<SummaryRow> rows) {
        Sheet s = kit.sheet("摘要", new String[] {"计划", "目标编号", "目标", "达标", "按进度", "滞后", "未达标", "无数据", "合计"},
                new int[] {50, 14, 50, 8, 8, 8, 8, 8, 8});
        int n = 0;
        String plan = null;
        for (SummaryRow x : rows) {
            if (!x.planHeader().equals(plan)) {
                plan = x.planHeader();
                kit.heading(s.createRow(++n), 0, plan);
            }
            Row r = s.createRow(++n);
            kit.text(r, 0, "");
            kit.text(r, 1, x.targetCode());
            kit.text(r, 2, x.targetLabel());
            kit.integer(r, 3, x.met());
            kit.integer(r, 4, x.onTrack());
            kit.integer(r, 5, x.behind());
            kit.integer(r, 6, x.notMet());
            kit.integer(r, 7, x.noData());
            kit.integer(r, 8, x.getTotal());
        }
        kit.finish(s, 9, n, -1);
    }
}
